package dev.moderato.screening;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Rate limits and duplicate detection on, with small limits. The test client is a trusted proxy, so
 * each test names its own client address in X-Forwarded-For and does not spend another test's allowance.
 */
public class RateLimitProfile implements QuarkusTestProfile {

    static final int PER_ADDRESS = 3;
    static final int PER_EMAIL = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.screening.rate-limit.enabled", "true",
                "moderato.screening.rate-limit.per-address", Integer.toString(PER_ADDRESS),
                "moderato.screening.rate-limit.per-email", Integer.toString(PER_EMAIL),
                "moderato.screening.rate-limit.period", "1m",
                "moderato.screening.duplicate-window", "1h",
                "moderato.trusted-proxies", "127.0.0.1/32");
    }
}
