package dev.moderato.embed;

import dev.moderato.notify.ReplyMailProfile;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The article site's origin allowed, and every form held unless it carries a valid token: a comment the widget
 * posts is stored with no reason only if the widget fetched its token and sent it back. No minimum form time, as
 * the test types faster than a person. A mail server ({@link ReplyMailProfile}'s, without moderators' digests), so
 * that a reader who ticks "notify me of replies" is subscribed and gets the confirmation mail.
 */
public class ArticleSiteProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(new ReplyMailProfile().getConfigOverrides());
        overrides.put("moderato.allowed-origins", ArticleSite.ORIGIN);
        overrides.put("moderato.screening.require-form-token", "true");
        overrides.put("moderato.screening.min-form-time", "0s");
        return overrides;
    }
}
