package dev.moderato.screening.words;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Word lists configured for seeding, as an operator would set them on a first start. */
public class SeededWordListsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.screening.disallowed-words", "casino,cheap pills",
                "moderato.screening.moderation-words", "refund");
    }
}
