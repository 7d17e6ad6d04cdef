package dev.moderato.importing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** An import limit small enough for a test to pass it, and a database of its own, emptied at start. */
public class SmallImportLimitProfile implements QuarkusTestProfile {

    static final int LIMIT = 96 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.import.max-size", Integer.toString(LIMIT));
    }
}
