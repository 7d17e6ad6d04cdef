package dev.moderato.screening.learning;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The spam filter on (the other tests keep it off), acting after 5 examples of each kind, refreshed every second. */
public class ClassifierProfile implements QuarkusTestProfile {

    static final int MIN_EXAMPLES = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.screening.classifier.enabled", "true",
                "moderato.screening.classifier.min-examples", String.valueOf(MIN_EXAMPLES),
                "moderato.screening.classifier.refresh-interval", "1s");
    }
}
