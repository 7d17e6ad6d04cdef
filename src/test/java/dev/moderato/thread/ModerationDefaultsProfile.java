package dev.moderato.thread;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Threads are post-moderated unless set otherwise, and close a day after their first comment. */
public class ModerationDefaultsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.moderation.default-mode", "post",
                "moderato.moderation.auto-close-days", "1");
    }
}
