package dev.moderato.screening;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Submissions.newEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The test profile turns rate limits and duplicate detection off, and trusted authors are off unless
 * configured: none of them may then refuse or wave through a submission.
 */
@QuarkusTest
class SwitchedOffChecksTest {

    @Test
    void noRateLimitWhenRateLimitsAreOff() {
        // Twelve from one address and one email: over both default limits (10 and 5 a minute).
        String thread = Comments.newThread();
        String email = newEmail();

        for (int i = 0; i < 12; i++) {
            json().body(Map.of("thread", thread, "name", "Ada", "email", email, "body", "Remark number " + i))
                    .when().post(COMMENTS)
                    .then().statusCode(202);
        }

        assertEquals(12, storedIn(thread));
    }

    @Test
    void sameCommentTwiceIsAcceptedWhenTheDuplicateWindowIsZero() {
        String thread = Comments.newThread();

        Comments.submit(Comments.valid(thread));
        Comments.submit(Comments.valid(thread));

        assertEquals(2, storedIn(thread));
    }

    @Test
    void authorWithAnApprovedCommentStillWaitsWhenTrustedAuthorsAreOff() {
        String email = newEmail();
        Comments.submitApproved(Comments.with(Comments.valid(Comments.newThread()), "email", email));

        String id = json().body(Comments.with(Comments.valid(Comments.newThread()), "email", email))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .extract().path("id");

        assertEquals(CommentStatus.PENDING, Comments.find(id).status);
    }
}
