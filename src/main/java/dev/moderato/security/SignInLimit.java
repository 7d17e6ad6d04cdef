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

import java.util.OptionalLong;

/**
 * How many password checks one client address (an IPv6 client by its /64) and one username may cost per
 * period. Each check not answered from memory takes a token from both; a correct password gives them back, so
 * only failures count. Past either limit the attempt is refused before bcrypt runs: a guesser costs no CPU and
 * the moderators signing in from elsewhere are not queued behind it.
 */
@ApplicationScoped
public class SignInLimit {

    private static final Logger LOG = Logger.getLogger(SignInLimit.class);

    private final boolean enabled;
    private final TokenBuckets perAddress;
    private final TokenBuckets perUsername;
    private final MeterRegistry registry;
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

    /** Takes the tokens of one check, or refuses it with {@link SignInThrottledException}. */
    void attempt(String address, String username) {
        if (!enabled) {
            return;
        }
        String network = address == null ? "unknown" : ClientAddress.network(address);
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
            refuse(by, by.equals("address") ? network : username, wait.getAsLong());
        }
    }

    /** The password was right: the attempt costs nothing. */
    void succeeded(String address, String username) {
        if (enabled) {
            perAddress.giveBack(address == null ? "unknown" : ClientAddress.network(address));
            perUsername.giveBack(username);
        }
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
