package dev.moderato.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks HTTP Basic credentials against the moderator table. bcrypt is slow on purpose, so a
 * successful check is remembered for a short while (as a keyed digest, never the password);
 * a deleted account or a changed password is forgotten at once on this replica and within
 * {@link #REMEMBER_FOR} on the others.
 */
@ApplicationScoped
public class ModeratorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final Duration REMEMBER_FOR = Duration.ofSeconds(60);

    private static final String UNKNOWN_USER_HASH = Passwords.hash(UUID.randomUUID().toString());

    private record Verified(byte[] digest, Set<String> roles, long expiresAtNanos) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec digestKey;

    ModeratorIdentityProvider() {
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
        byte[] digest = digest(username, password);
        Verified known = verified.get(username);
        if (known != null && known.expiresAtNanos() > System.nanoTime()
                && MessageDigest.isEqual(known.digest(), digest)) {
            return Uni.createFrom().item(identity(username, known.roles()));
        }
        return context.runBlocking(() -> {
            Moderator moderator = QuarkusTransaction.requiringNew().call(() -> Moderator.<Moderator>findById(username));
            // An unknown name costs the same bcrypt as a wrong password, so timing does not tell which names exist.
            String hash = moderator == null ? UNKNOWN_USER_HASH : moderator.passwordHash;
            if (!Passwords.matches(password, hash) || moderator == null) {
                throw new AuthenticationFailedException();
            }
            verified.put(username, new Verified(digest, moderator.roles(), System.nanoTime() + REMEMBER_FOR.toNanos()));
            return identity(username, moderator.roles());
        });
    }

    /** Drops what this replica remembers of an account whose password or existence changed. */
    public void forget(String username) {
        verified.remove(username);
    }

    private static SecurityIdentity identity(String username, Set<String> roles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .build();
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
