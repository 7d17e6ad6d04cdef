package dev.moderato.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The bootstrap administrator configured under another name and password than the test profile's. */
public class ChiefAdministratorProfile implements QuarkusTestProfile {

    static final String USERNAME = "chief";
    static final String PASSWORD = "chief-password-123";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.admin.username", USERNAME, "moderato.admin.password", PASSWORD);
    }
}
