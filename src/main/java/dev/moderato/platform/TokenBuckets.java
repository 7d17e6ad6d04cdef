package dev.moderato.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets by key (Bucket4j), each holding {@code capacity} tokens that refill over {@code period}. The
 * buckets live in this process, behind Bucket4j's {@link ProxyManager}, in bounded memory: replicas that must
 * share limits swap in one of Bucket4j's distributed proxy managers (Redis through Lettuce, or a JDBC
 * database) here.
 */
public final class TokenBuckets {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    public TokenBuckets(int capacity, Duration period) {
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(1_000_000))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                .build();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }

    /** Takes a token from the key's bucket: empty when taken, else how many seconds until one is back. */
    public OptionalLong take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
    }

    /** Returns a token taken for an attempt that turned out not to count. */
    public void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    private Bucket bucket(String key) {
        return buckets.builder().build(key, () -> configuration);
    }
}
