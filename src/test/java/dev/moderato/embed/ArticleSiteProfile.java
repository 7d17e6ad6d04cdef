package dev.moderato.embed;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The article site's origin allowed, and every form held unless it carries a valid token: a comment the widget
 * posts is stored with no reason only if the widget fetched its token and sent it back. No minimum form time, as
 * the test types faster than a person.
 */
public class ArticleSiteProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.allowed-origins", ArticleSite.ORIGIN,
                "moderato.screening.require-form-token", "true",
                "moderato.screening.min-form-time", "0s");
    }
}
