package dev.moderato.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.platform.http.ClientAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Checks HTTP Basic credentials against the moderator table. bcrypt is slow on purpose, so a
 * successful check is remembered for a short while (under a keyed digest, never the password);
 * a deleted account or a changed password is forgotten at once on this replica and within
 * {@link #REMEMBER_FOR} on the others.
 *
 * <p>Requests that arrive together with the same credentials share one check: a moderation
 * tool keeping many connections busy would otherwise run one bcrypt per connection, all at
 * once, each time the remembered check expires.
 *
 * <p>bcrypt runs on threads of its own, one per CPU, not on the worker pool: the pool is small
 * (application.properties), and a run of wrong guesses would otherwise hold every worker and
 * queue the public reads behind them. Guesses queue behind each other instead.
 */
@ApplicationScoped
public class ModeratorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final Duration REMEMBER_FOR = Duration.ofSeconds(60);

    private static final String UNKNOWN_USER_HASH = Passwords.hash(UUID.randomUUID().toString());

    private record Credentials(String username, String digest) {
    }

    /**
     * A failed check completes with null and Caffeine drops it: wrong passwords are never remembered. Not with an
     * exception, which Caffeine would log with its stack trace at every wrong guess.
     */
    private final AsyncCache<Credentials, SecurityIdentity> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(REMEMBER_FOR)
            .buildAsync();
    private final ExecutorService checks = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            ModeratorIdentityProvider::signInThread);
    private final SecretKeySpec digestKey;
    private final MeterRegistry registry;
    private final ModeratorAccounts accounts;

    private final SignInLimit limit;
    private final ClientAddress clientAddress;

    ModeratorIdentityProvider(MeterRegistry registry, ModeratorAccounts accounts, SignInLimit limit,
                              ClientAddress clientAddress) {
        this.registry = registry;
        this.accounts = accounts;
        this.limit = limit;
        this.clientAddress = clientAddress;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.digestKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        Credentials credentials = new Credentials(username, digest(username, password));
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        // Only the request that starts a check is counted: others with the same credentials share its answer.
        Uni<SecurityIdentity> identity = Uni.createFrom()
                .completionStage(() -> verified.get(credentials, (key, executor) -> {
                    // The client's address matters only to a check that runs, not to one answered from memory.
                    String address = http == null ? null : clientAddress.of(http.request());
                    SignInLimit.Attempt attempt = limit.attempt(address, username);
                    return CompletableFuture.supplyAsync(() -> check(username, password, http), checks)
                            .whenComplete((checked, failure) -> attempt.finish(checked != null));
                }))
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .onItem().ifNull().failWith(AuthenticationFailedException::new);
        // The request goes on where it was, in its own Vert.x context (which holds its request scope).
        Context caller = Vertx.currentContext();
        return caller == null ? identity : identity.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }

    /**
     * Drops what this replica remembers of an account whose password or existence changed, once the change
     * has committed: a check that read the old row before then cannot be remembered past it.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModeratorAccounts.AccountChanged change) {
        verified.asMap().keySet().removeIf(credentials -> credentials.username().equals(change.username()));
    }

    /** One bcrypt check, null when it fails; counted, so a dashboard shows both the cost and a run of failed guesses. */
    private SecurityIdentity check(String username, String password, RoutingContext http) {
        if (http != null && http.response().closed()) {
            return null; // the client went away while this check waited: no one to answer, no bcrypt to spend
        }
        Moderator moderator = accounts.find(username).orElse(null);
        // An unknown name costs the same bcrypt as a wrong password, so timing does not tell which names exist.
        String hash = moderator == null ? UNKNOWN_USER_HASH : moderator.passwordHash;
        boolean valid = Passwords.matches(password, hash) && moderator != null;
        registry.counter("moderato.signin.checks", "outcome", valid ? "success" : "failure").increment();
        if (!valid) {
            return null;
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(moderator.roles())
                .build();
    }

    private static Thread signInThread(Runnable task) {
        Thread thread = new Thread(task, "moderato-sign-in");
        thread.setDaemon(true);
        return thread;
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
