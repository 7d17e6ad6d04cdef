package dev.moderato.publication;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A read cache that forgets quickly, to watch a change from "another replica" arrive. */
public class ShortCacheTtlProfile implements QuarkusTestProfile {

    static final long TTL_MILLIS = 1000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.publication.cache-ttl", TTL_MILLIS + "ms");
    }
}
