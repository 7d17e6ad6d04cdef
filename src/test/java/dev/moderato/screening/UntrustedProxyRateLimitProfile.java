package dev.moderato.screening;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Rate limits on and no trusted proxy: every request of the test client counts against its own
 * address, so a test under this profile has the whole allowance only if it is the only one.
 */
public class UntrustedProxyRateLimitProfile implements QuarkusTestProfile {

    static final int PER_ADDRESS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.screening.rate-limit.enabled", "true",
                "moderato.screening.rate-limit.per-address", Integer.toString(PER_ADDRESS),
                "moderato.screening.rate-limit.per-email", "100",
                "moderato.screening.rate-limit.period", "1m",
                "moderato.trusted-proxies", "");
    }
}
