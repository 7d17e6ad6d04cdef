package dev.moderato.screening;

import dev.moderato.comment.Comment;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.screening.Screenings.publicItems;
import static dev.moderato.support.Comments.saying;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client cannot tell from the answer that its comment was taken for spam. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class SpamReceiptTest {

    private static void assertReceipt(ExtractableResponse<Response> receipt, String thread) {
        Map<String, Object> body = receipt.jsonPath().getMap("$");
        assertEquals(List.of("createdAt", "id", "status", "thread"), body.keySet().stream().sorted().toList());
        assertEquals("pending", body.get("status"));
        assertEquals(thread, body.get("thread"));
        assertTrue(((String) body.get("id")).matches(Comment.ID_SHAPE), body.toString());
        assertNull(receipt.header("Location"));
    }

    @Test
    void spamIsAnsweredExactlyLikeACleanComment() {
        String cleanThread = Comments.newThread();
        String spamThread = Comments.newThread();

        ExtractableResponse<Response> clean = receipt(saying(cleanThread, "A thoughtful remark."));
        ExtractableResponse<Response> spam = receipt(saying(spamThread, "Buy now " + MarkedSpamScreen.MARK));

        assertReceipt(clean, cleanThread);
        assertReceipt(spam, spamThread);
        assertEquals(clean.contentType(), spam.contentType());
        assertEquals(List.of("marked_for_tests"), onlyQueued("spam", spamThread).getList("reasons.code"));
        assertEquals(spam.path("id"), onlyQueued("spam", spamThread).getString("id"));
    }

    @Test
    void spamIsAnsweredExactlyLikeAHeldComment() {
        String heldThread = Comments.newThread();
        String spamThread = Comments.newThread();

        ExtractableResponse<Response> held = receipt(saying(heldThread, "See https://a.example"));
        ExtractableResponse<Response> spam = receipt(saying(spamThread, MarkedSpamScreen.MARK + " https://a.example"));

        assertReceipt(held, heldThread);
        assertReceipt(spam, spamThread);
        assertEquals(List.of("marked_for_tests", "too_many_links"),
                onlyQueued("spam", spamThread).<String>getList("reasons.code").stream().sorted().toList());
        assertEquals(List.of(), publicItems(spamThread));
    }
}
