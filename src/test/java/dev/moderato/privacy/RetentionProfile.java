package dev.moderato.privacy;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Short retention periods, which a test passes by moving the service's clock; readers' own addresses as in PersonalDataProfile. */
public class RetentionProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.privacy.client-data-retention", "1h",
                "moderato.privacy.purge-after", "2h",
                "moderato.trusted-proxies", "127.0.0.1/32");
    }
}
