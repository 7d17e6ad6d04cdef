package dev.moderato.screening;

import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import dev.moderato.support.Submissions;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.formToken;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.screening.min-form-time is 1 s here. The service's clock stands still but for what each test moves it. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class FormTokenAgeTest {

    private static final Duration MIN_FORM_TIME = Duration.ofSeconds(1);

    @Inject
    TestClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.stop();
    }

    @AfterEach
    void restartTheClock() {
        clock.reset();
    }

    @Test
    void formPostedAfterTheMinimumTimeIsAnOrdinaryPendingComment() {
        String thread = Comments.newThread();
        String token = formToken();
        clock.advance(MIN_FORM_TIME);

        String html = Browser.submit(with(form(thread), "moderato_token", token));

        assertEquals(Screenings.RECEIVED_TITLE, Jsoup.parse(html).selectFirst("h1").text());
        String id = onlyQueued("pending", thread).getString("id");
        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
        assertEquals(List.of(), history(id).getList("$"));
    }

    @Test
    void formPostedAMillisecondBeforeTheMinimumTimeIsSpamTooFast() {
        String thread = Comments.newThread();
        String token = formToken();
        clock.advance(MIN_FORM_TIME.minusMillis(1));

        String html = Browser.submit(with(form(thread), "moderato_token", token));

        assertEquals(Screenings.RECEIVED_TITLE, Jsoup.parse(html).selectFirst("h1").text());
        JsonPath spam = onlyQueued("spam", thread);
        assertEquals(List.of(Map.of("code", "too_fast", "detail", "Posted 999 ms after the form was shown.")),
                spam.getList("reasons"));
        assertEquals(List.of("too_fast"), history(spam.getString("id")).getList("reason"));
    }

    @Test
    void formTokenPostedASecondTimeHoldsTheSecondCommentForAModerator() {
        String firstThread = Comments.newThread();
        String secondThread = Comments.newThread();
        String token = formToken();
        clock.advance(MIN_FORM_TIME);

        String first = Browser.submit(with(with(form(firstThread), "email", Submissions.newEmail()), "moderato_token", token));
        String second = Browser.submit(with(with(form(secondThread), "email", Submissions.newEmail()), "moderato_token", token));

        assertEquals(first, second);
        assertEquals(List.of(), onlyQueued("pending", firstThread).getList("reasons"));
        JsonPath held = onlyQueued("pending", secondThread);
        assertEquals(List.of("token_reused"), held.getList("reasons.code"));
        assertEquals(List.of("hold"), history(held.getString("id")).getList("action"));
    }

    @Test
    void formTokenPostedAfterItsLifetimeHoldsTheComment() {
        String thread = Comments.newThread();
        String token = formToken();
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        Browser.submit(with(with(form(thread), "email", Submissions.newEmail()), "moderato_token", token));

        assertEquals(List.of(Map.of("code", "token_expired", "detail", "Posted 1440 minutes after the form was shown.")),
                onlyQueued("pending", thread).getList("reasons"));
    }

    @Test
    void jsonPostIsScreenedByTheHiddenFieldsItSendsUnderTheFormsNames() {
        String thread = Comments.newThread();
        Map<String, Object> comment = Comments.by(Submissions.newEmail(), thread);
        comment.put("moderato_token", "1700000000000.bm9uY2U.c2lnbmF0dXJl");
        comment.put(ScreeningSettingsProfile.HONEYPOT_FIELD, "+1 555 0100");

        Submissions.submitExpecting("pending", comment);

        assertEquals(List.of("honeypot", "bad_token"), onlyQueued("spam", thread).getList("reasons.code"));
    }

    @Test
    void jsonPostSpendsItsTokenLikeAForm() {
        String firstThread = Comments.newThread();
        String secondThread = Comments.newThread();
        String token = formToken();
        clock.advance(MIN_FORM_TIME);

        Submissions.submitExpecting("pending", carrying(token, Comments.by(Submissions.newEmail(), firstThread)));
        Browser.submit(with(with(form(secondThread), "email", Submissions.newEmail()), "moderato_token", token));

        assertEquals(List.of(), onlyQueued("pending", firstThread).getList("reasons"));
        assertEquals(List.of("token_reused"), onlyQueued("pending", secondThread).getList("reasons.code"));
    }

    @Test
    void jsonPostWithAnEmptyHoneypotAndAFreshTokenIsAnOrdinaryComment() {
        String thread = Comments.newThread();
        String token = formToken();
        clock.advance(MIN_FORM_TIME);
        Map<String, Object> comment = carrying(token, Comments.by(Submissions.newEmail(), thread));
        comment.put(ScreeningSettingsProfile.HONEYPOT_FIELD, "");

        Submissions.submitExpecting("pending", comment);

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }

    private static Map<String, Object> carrying(String token, Map<String, Object> comment) {
        comment.put("moderato_token", token);
        return comment;
    }
}
