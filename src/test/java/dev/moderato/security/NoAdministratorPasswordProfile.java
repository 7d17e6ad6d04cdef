package dev.moderato.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A fresh install with no administrator password configured. */
public class NoAdministratorPasswordProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.admin.password", "");
    }
}
