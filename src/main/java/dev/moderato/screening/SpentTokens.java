package dev.moderato.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The nonces of form tokens already posted to this process, each remembered as long as its token could still be
 * posted ({@code moderato.screening.form-token-lifetime}). Bounded: past {@link #MAX_REMEMBERED} spent tokens
 * within one lifetime the least used are forgotten first.
 */
@ApplicationScoped
class SpentTokens {

    static final int MAX_REMEMBERED = 100_000;

    private final Cache<String, Boolean> spent;

    SpentTokens(ModeratoConfig config, Clock clock) {
        this.spent = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(config.screening().formTokenLifetime())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** True the first time a nonce is spent, false every time after. */
    boolean spend(String nonce) {
        return spent.asMap().putIfAbsent(nonce, Boolean.TRUE) == null;
    }
}
