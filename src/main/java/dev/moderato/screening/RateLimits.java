package dev.moderato.screening;

import dev.moderato.comment.ContentRules;
import dev.moderato.platform.TokenBuckets;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.http.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * At most so many submissions a period from one client address (an IPv6 client by its /64) and from one
 * email address: token buckets ({@link TokenBuckets}), refused with 429 and {@code Retry-After} past them.
 */
@ApplicationScoped
@Priority(900)
public class RateLimits implements Screen {

    private final boolean enabled;
    private final TokenBuckets perAddress;
    private final TokenBuckets perEmail;

    RateLimits(ModeratoConfig config) {
        ModeratoConfig.RateLimit limits = config.screening().rateLimit();
        this.enabled = limits.enabled();
        this.perAddress = new TokenBuckets(limits.perAddress(), limits.period());
        this.perEmail = new TokenBuckets(limits.perEmail(), limits.period());
    }

    @Override
    public Verdict check(Candidate candidate) {
        if (!enabled) {
            return Verdict.PASS;
        }
        if (candidate.ip() != null) {
            take(perAddress, ClientAddress.network(candidate.ip()));
        }
        take(perEmail, ContentRules.emailKey(candidate.email()));
        return Verdict.PASS;
    }

    private static void take(TokenBuckets buckets, String key) {
        buckets.take(key).ifPresent(seconds -> {
            throw Rejection.rateLimited(seconds);
        });
    }
}
