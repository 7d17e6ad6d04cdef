package dev.moderato.screening;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Screening tuned away from its defaults: another honeypot field, a 1 s minimum form time, no link
 * without review, trusted authors on. Threads stay pre-moderated. Also lets tests mark a JSON
 * submission as spam ({@link MarkedSpamScreen}).
 */
public class ScreeningSettingsProfile implements QuarkusTestProfile {

    static final String HONEYPOT_FIELD = "fax_number";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.screening.honeypot-field", HONEYPOT_FIELD,
                "moderato.screening.min-form-time", "1s",
                "moderato.screening.max-links", "0",
                "moderato.screening.trusted-authors", "true",
                MarkedSpamScreen.PROPERTY, MarkedSpamScreen.MARK);
    }
}
