package dev.moderato.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.platform.TokenBuckets;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.http.ClientAddress;
import dev.moderato.platform.problem.SignInThrottledException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many password checks one client address (an IPv6 client by its /64) and one username may cost per
 * period, and how many one client may have waiting at once. Each check not answered from memory takes a token
 * from both buckets; a correct password gives them back, so only failures count. Past either limit, or with a
 * check of the same client still under way, the attempt is refused before bcrypt runs: a guesser costs next to
 * no CPU, and the moderators signing in from elsewhere are not queued behind its guesses.
 */
@ApplicationScoped
public class SignInLimit {

    private static final Logger LOG = Logger.getLogger(SignInLimit.class);
    /** As many as there are threads for checks: a client can keep them busy, but never queue more behind them. */
    private static final int MAX_IN_FLIGHT = 1;

    private final boolean enabled;
    private final TokenBuckets perAddress;
    private final TokenBuckets perUsername;
    private final MeterRegistry registry;
    /**
     * Checks queued or running per network: a burst from one client waits behind itself, not in front of a
     * moderator signing in from elsewhere, who waits for at most this many checks.
     */
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    /** The limits reached lately, so that a run of guesses is logged once, not once a guess. */
    private final Cache<String, Boolean> reported;

    SignInLimit(ModeratoConfig config, MeterRegistry registry) {
        ModeratoConfig.SignInLimit limit = config.security().signInLimit();
        this.enabled = limit.enabled();
        this.perAddress = new TokenBuckets(limit.perAddress(), limit.period());
        this.perUsername = new TokenBuckets(limit.perUsername(), limit.period());
        this.registry = registry;
        this.reported = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(limit.period()).build();
    }

    /** One password check under way; {@link #finish} it once it has an answer. */
    interface Attempt {
        void finish(boolean correct);
    }

    private static final Attempt UNLIMITED = correct -> { };

    /**
     * Starts one password check: takes a token for the client's network and for the username, and one of the
     * network's places in the check queue, or refuses with {@link SignInThrottledException}. A correct password
     * gives the tokens back, so only failures count.
     */
    Attempt attempt(String address, String username) {
        if (!enabled) {
            return UNLIMITED;
        }
        String network = address == null ? "unknown" : ClientAddress.network(address);
        AtomicInteger queued = inFlight.computeIfAbsent(network, key -> new AtomicInteger());
        if (queued.incrementAndGet() > MAX_IN_FLIGHT) {
            queued.decrementAndGet();
            refuse("address", network, 1);
        }
        OptionalLong wait = perAddress.take(network);
        String by = "address";
        if (wait.isEmpty()) {
            wait = perUsername.take(username);
            by = "username";
            if (wait.isPresent()) {
                perAddress.giveBack(network);
            }
        }
        if (wait.isPresent()) {
            queued.decrementAndGet();
            refuse(by, by.equals("address") ? network : username, wait.getAsLong());
        }
        return correct -> {
            queued.decrementAndGet();
            if (correct) {
                perAddress.giveBack(network);
                perUsername.giveBack(username);
            }
        };
    }

    private void refuse(String by, String key, long retryAfterSeconds) {
        registry.counter("moderato.signin.throttled", "by", by).increment();
        if (reported.asMap().putIfAbsent(by + ":" + key, Boolean.TRUE) == null) {
            // Neither the address nor the username: both are personal data.
            LOG.warnf("Sign-in attempts throttled by %s after too many failures; refused for %d s", by, retryAfterSeconds);
        }
        throw new SignInThrottledException(retryAfterSeconds);
    }
}
