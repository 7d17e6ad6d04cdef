package dev.moderato.screening;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.comment.ContentRules;
import dev.moderato.platform.config.ModeratoConfig;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.annotation.Priority;
import io.netty.util.NetUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HexFormat;

import java.util.concurrent.TimeUnit;

/**
 * Token buckets per client address and per email address (Bucket4j). The buckets live in this
 * process, behind Bucket4j's {@link ProxyManager}: replicas that must share limits swap in one of
 * Bucket4j's distributed proxy managers (Redis through Lettuce, or a JDBC database) here.
 */
@ApplicationScoped
@Priority(900)
public class RateLimits implements Screen {

    private final boolean enabled;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perEmail;

    RateLimits(ModeratoConfig config) {
        ModeratoConfig.RateLimit limits = config.screening().rateLimit();
        this.enabled = limits.enabled();
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(1_000_000))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                .build();
        this.perAddress = perPeriod(limits.perAddress(), limits.period());
        this.perEmail = perPeriod(limits.perEmail(), limits.period());
    }

    @Override
    public Verdict check(Candidate candidate) {
        if (!enabled) {
            return Verdict.PASS;
        }
        if (candidate.ip() != null) {
            take("address:" + network(candidate.ip()), perAddress);
        }
        take("email:" + ContentRules.emailKey(candidate.email()), perEmail);
        return Verdict.PASS;
    }

    /**
     * An IPv4 address is one client; an IPv6 address counts with its /64, which one subscriber or one host
     * usually has whole, so that walking through it does not buy a fresh allowance per address.
     */
    static String network(String ip) {
        if (!ip.contains(":")) {
            return ip;
        }
        byte[] address = NetUtil.createByteArrayFromIpAddressString(ip);
        return address == null ? ip : HexFormat.of().formatHex(address, 0, 8) + "::/64";
    }

    private void take(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw Rejection.rateLimited(seconds);
        }
    }

    private static BucketConfiguration perPeriod(int count, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(count).refillGreedy(count, period))
                .build();
    }
}
