package dev.moderato.publication;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The public read cache turned off. */
public class CacheOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.publication.cache-ttl", "0s");
    }
}
