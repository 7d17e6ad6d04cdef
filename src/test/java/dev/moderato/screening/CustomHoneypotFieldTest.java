package dev.moderato.screening;

import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moderato.screening.ScreeningSettingsProfile.HONEYPOT_FIELD;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.screening.honeypot-field is fax_number here. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class CustomHoneypotFieldTest {

    @Test
    void filledConfiguredFieldIsSpamAnsweredLikeAnyComment() {
        String cleanThread = Comments.newThread();
        String spamThread = Comments.newThread();

        String clean = Browser.submit(form(cleanThread));
        String spam = Browser.submit(with(form(spamThread), HONEYPOT_FIELD, "+1 555 0100"));

        assertEquals(clean, spam);
        String id = onlyQueued("spam", spamThread).getString("id");
        assertEquals(List.of("honeypot"), onlyQueued("spam", spamThread).getList("reasons.code"));
        assertEquals(List.of("system"), history(id).getList("actor"));
        assertEquals(List.of("spam"), history(id).getList("toStatus"));
    }

    @Test
    void defaultFieldIsNoLongerTheHoneypot() {
        String thread = Comments.newThread();

        Browser.submit(with(form(thread), "hp_website", "https://filled.example"));

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }

    @Test
    void emptyConfiguredFieldIsAnOrdinaryComment() {
        String thread = Comments.newThread();

        Browser.submit(with(form(thread), HONEYPOT_FIELD, ""));

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }
}
