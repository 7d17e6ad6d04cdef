package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.formToken;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.screening.min-form-time is 1 s here. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class FormTokenAgeTest {

    @Test
    void formPostedAfterTheMinimumTimeIsAnOrdinaryPendingComment() throws InterruptedException {
        String thread = Comments.newThread();
        String token = formToken();
        Thread.sleep(1_200);

        String html = browser().formParams(with(form(thread), "moderato_token", token))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .extract().asString();

        assertEquals(Screenings.RECEIVED_TITLE, Jsoup.parse(html).selectFirst("h1").text());
        String id = onlyQueued("pending", thread).getString("id");
        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
        assertEquals(List.of(), history(id).getList("$"));
    }
}
