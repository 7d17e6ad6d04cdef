package dev.moderato.privacy;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The test client is a trusted proxy, so that each reader gets an IP address of their own (X-Forwarded-For) that a
 * search of the whole database can look for; trusted authors on, so that an approval records one.
 */
public class PersonalDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.trusted-proxies", "127.0.0.1/32",
                "moderato.screening.trusted-authors", "true");
    }
}
