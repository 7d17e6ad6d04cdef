package dev.moderato.screening;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.support.Comments.age;
import static dev.moderato.support.Metrics.submissions;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Submissions.newAddress;
import static dev.moderato.support.Submissions.newEmail;
import static dev.moderato.support.Submissions.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The duplicate window is 1 h here. Rate limits are on too (2 submissions an email, 3 an address), so
 * each test writes under its own email and from its own address.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class DuplicateSubmissionTest {

    private static final String DUPLICATE_EN = "You have already posted this comment on this thread.";

    private final String address = newAddress();

    private static Map<String, Object> comment(String thread, String email, String body) {
        Map<String, Object> comment = new HashMap<>(Comments.valid(thread));
        comment.put("email", email);
        comment.put("body", body);
        return comment;
    }

    @Test
    void sameBodySameEmailSameThreadIsRefusedAsADuplicate() {
        String thread = Comments.newThread();
        Map<String, Object> comment = comment(thread, newEmail(), "I said this once.");
        post(from(address), comment).statusCode(202);

        post(from(address), comment).statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo(DUPLICATE_EN));

        assertEquals(1, storedIn(thread));
    }

    /** Both clicks of a double click are in flight at once: the first must be stored before the second is checked. */
    @Test
    void doubleClickedSubmitStoresTheCommentOnce() throws Exception {
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String thread = Comments.newThread();
                Map<String, Object> comment = comment(thread, newEmail(), "Clicked twice.");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int click = 0; click < 2; click++) {
                    String from = newAddress();
                    statuses.add(clicks.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return json().header("X-Forwarded-For", from).body(comment)
                                .when().post(COMMENTS)
                                .then().extract().statusCode();
                    }));
                }

                List<Integer> answered = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    answered.add(status.get(60, TimeUnit.SECONDS));
                }
                assertEquals(List.of(202, 409), answered.stream().sorted().toList(), "round " + round);
                assertEquals(1, storedIn(thread), "round " + round);
            }
        } finally {
            clicks.shutdownNow();
        }
    }

    @Test
    void duplicateIsExplainedInFrenchWhenPreferred() {
        String thread = Comments.newThread();
        Map<String, Object> comment = comment(thread, newEmail(), "Je l'ai déjà dit.");
        post(from(address), comment).statusCode(202);

        post(from(address).header("Accept-Language", "fr"), comment).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Vous avez déjà publié ce commentaire dans ce fil."));

        assertEquals(1, storedIn(thread));
    }

    @Test
    void duplicateDiffersOnlyInSurroundingWhitespaceAndLineEndings() {
        String thread = Comments.newThread();
        String email = newEmail();
        post(from(address), comment(thread, email, "First line.\nSecond line.")).statusCode(202);

        post(from(address), comment(thread, "  " + email + " ", "\n  First line.\r\nSecond line.  \n")).statusCode(409);

        assertEquals(1, storedIn(thread));
    }

    @Test
    void duplicateFormPostGetsAPageThatSaysSo() {
        String thread = Comments.newThread();
        Map<String, String> form = Screenings.with(Screenings.form(thread), "email", newEmail());
        browser().header("X-Forwarded-For", address).formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(200);

        String html = browser().header("X-Forwarded-For", address).formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType(startsWith("text/html"))
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertEquals("Your comment could not be posted", page.selectFirst("h1").text());
        assertEquals(DUPLICATE_EN, page.selectFirst("main p").text());
        assertEquals(1, storedIn(thread));
    }

    @Test
    void sameCommentOnAnotherThreadIsAccepted() {
        String email = newEmail();
        String first = Comments.newThread();
        String second = Comments.newThread();
        post(from(address), comment(first, email, "Worth saying twice.")).statusCode(202);

        post(from(address), comment(second, email, "Worth saying twice.")).statusCode(202);

        assertEquals(1, storedIn(second));
    }

    @Test
    void sameBodyFromAnotherEmailIsAccepted() {
        String thread = Comments.newThread();
        post(from(address), comment(thread, newEmail(), "+1")).statusCode(202);

        post(from(address), comment(thread, newEmail(), "+1")).statusCode(202);

        assertEquals(2, storedIn(thread));
    }

    @Test
    void anotherBodyFromTheSameEmailIsAccepted() {
        String thread = Comments.newThread();
        String email = newEmail();
        post(from(address), comment(thread, email, "A first thought.")).statusCode(202);

        post(from(address), comment(thread, email, "A second thought.")).statusCode(202);

        assertEquals(2, storedIn(thread));
    }

    @Test
    void sameCommentAfterTheWindowIsAccepted() {
        String thread = Comments.newThread();
        Map<String, Object> comment = comment(thread, newEmail(), "Still true a while later.");
        String first = post(from(address), comment).statusCode(202).extract().path("id");
        age(first, Duration.ofMinutes(61));

        post(from(address), comment).statusCode(202);

        assertEquals(2, storedIn(thread));
    }

    /** The writer remembers the first post, but the database has the last word: the first is gone. */
    @Test
    void sameCommentAfterTheFirstWasDeletedIsAccepted() {
        String thread = Comments.newThread();
        Map<String, Object> comment = comment(thread, newEmail(), "Said, deleted, said again.");
        String first = post(from(address), comment).statusCode(202).extract().path("id");
        Moderators.asAdmin().when().delete("/api/v1/moderation/comments/{id}", first).then().statusCode(204);

        post(from(address), comment).statusCode(202);

        assertEquals(1, storedIn(thread));
    }

    @Test
    void duplicateIsCountedAsDuplicate() {
        Map<String, Object> comment = comment(Comments.newThread(), newEmail(), "Counted once.");
        post(from(address), comment).statusCode(202);
        double duplicates = submissions("duplicate");
        double accepted = submissions("accepted");

        post(from(address), comment).statusCode(409);

        assertEquals(duplicates + 1, submissions("duplicate"));
        assertEquals(accepted, submissions("accepted"));
    }
}
