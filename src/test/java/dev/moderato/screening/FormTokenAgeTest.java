package dev.moderato.screening;

import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
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
}
