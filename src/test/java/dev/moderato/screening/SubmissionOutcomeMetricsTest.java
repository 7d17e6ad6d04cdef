package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.Metrics.submissions;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Threads.setThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each submission is counted once, under the outcome screening gave it. Rate limits and duplicates: RateLimitTest, DuplicateSubmissionTest. */
@QuarkusTest
class SubmissionOutcomeMetricsTest {

    private static final List<String> OUTCOMES = List.of("accepted", "held", "spam", "closed", "invalid");

    private static Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        OUTCOMES.forEach(outcome -> counts.put(outcome, submissions(outcome)));
        return counts;
    }

    private static void assertCountedOnceAs(String outcome, Map<String, Double> before) {
        Map<String, Double> expected = new LinkedHashMap<>(before);
        expected.merge(outcome, 1.0, Double::sum);
        assertEquals(expected, counts());
    }

    @Test
    void cleanCommentIsCountedAsAccepted() {
        Map<String, Double> before = counts();

        Comments.submit(Comments.valid(Comments.newThread()));

        assertCountedOnceAs("accepted", before);
    }

    @Test
    void commentPublishedAtOnceIsCountedAsAccepted() {
        String thread = Comments.newThread();
        setThread(thread, true, "post");
        Map<String, Double> before = counts();

        Comments.submit(Comments.valid(thread));

        assertCountedOnceAs("accepted", before);
    }

    @Test
    void heldCommentIsCountedAsHeld() {
        Map<String, Double> before = counts();

        Comments.submit(Comments.with(Comments.valid(Comments.newThread()), "body",
                "https://a.example https://b.example https://c.example"));

        assertCountedOnceAs("held", before);
    }

    @Test
    void spamIsCountedAsSpam() {
        Map<String, Double> before = counts();

        browser().formParams(with(form(Comments.newThread()), "hp_website", "bot"))
                .when().post(COMMENTS).then().statusCode(200);

        assertCountedOnceAs("spam", before);
    }

    @Test
    void submissionToAClosedThreadIsCountedAsClosed() {
        String thread = Comments.newThread();
        setThread(thread, false, "pre");
        Map<String, Double> before = counts();

        json().body(Comments.valid(thread)).when().post(COMMENTS).then().statusCode(409);

        assertCountedOnceAs("closed", before);
    }

    @Test
    void invalidSubmissionIsCountedAsInvalid() {
        Map<String, Double> before = counts();

        json().body(Comments.with(Comments.valid(Comments.newThread()), "email", "not an address"))
                .when().post(COMMENTS).then().statusCode(400);

        assertCountedOnceAs("invalid", before);
    }

    @Test
    void invalidFormPostIsCountedAsInvalid() {
        Map<String, Double> before = counts();

        browser().formParams(with(form(Comments.newThread()), "body", "   "))
                .when().post(COMMENTS).then().statusCode(400);

        assertCountedOnceAs("invalid", before);
    }
}
