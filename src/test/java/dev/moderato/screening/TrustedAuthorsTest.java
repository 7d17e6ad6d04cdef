package dev.moderato.screening;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.moderato.screening.Screenings.publicItems;
import static dev.moderato.support.Comments.by;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.newEmail;
import static dev.moderato.support.Submissions.post;
import static dev.moderato.support.Submissions.submitExpecting;
import static dev.moderato.support.Threads.setThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.screening.trusted-authors is on here, and threads are pre-moderated. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class TrustedAuthorsTest {

    @Test
    void authorWithAnApprovedCommentIsPublishedAtOnce() {
        String email = newEmail();
        Comments.submitApproved(by(email, Comments.newThread()));
        String thread = Comments.newThread();

        String id = submitExpecting("approved", by(email, thread));

        assertEquals(List.of(id), publicItems(thread).stream().map(item -> item.get("id")).toList());
        JsonPath history = history(id);
        assertEquals(List.of("system"), history.getList("actor"));
        assertEquals(List.of("approve"), history.getList("action"));
        assertEquals(List.of("approved"), history.getList("toStatus"));
    }

    @Test
    void aModeratorsApprovalThroughTheApiMakesTheAuthorTrusted() {
        String email = newEmail();
        String first = submitExpecting("pending", by(email, Comments.newThread()));
        Moderators.asAdmin().contentType("application/json").body("{\"action\":\"approve\"}")
                .when().post("/api/v1/moderation/comments/{id}/decision", first)
                .then().statusCode(200);

        submitExpecting("approved", by(email, Comments.newThread()));
    }

    @Test
    void anAuthorPublishedAtOnceInAPostModeratedThreadIsNotTrustedElsewhere() {
        String email = newEmail();
        String open = Comments.newThread();
        setThread(open, true, "post");
        submitExpecting("approved", by(email, open));

        submitExpecting("pending", by(email, Comments.newThread()));
    }

    @Test
    void authorWithoutAnyEarlierCommentWaits() {
        String thread = Comments.newThread();

        submitExpecting("pending", by(newEmail(), thread));

        assertEquals(List.of(), publicItems(thread));
    }

    @ParameterizedTest
    @EnumSource(value = CommentStatus.class, names = {"PENDING", "REJECTED", "SPAM"})
    void authorWhoseEarlierCommentWasNotApprovedWaits(CommentStatus earlier) {
        String email = newEmail();
        String first = Comments.submit(by(email, Comments.newThread()));
        Comments.setStatus(first, earlier);
        String thread = Comments.newThread();

        submitExpecting("pending", by(email, thread));

        assertEquals(List.of(), publicItems(thread));
    }

    @Test
    void trustedAuthorIsStillHeldForTooManyLinks() {
        String email = newEmail();
        Comments.submitApproved(by(email, Comments.newThread()));
        String thread = Comments.newThread();

        submitExpecting("pending", Comments.with(by(email, thread), "body", "Read https://a.example first."));

        assertEquals(List.of("too_many_links"), onlyQueued("pending", thread).getList("reasons.code"));
    }

    @Test
    void trustedAuthorIsStillSpamWhenACheckSaysSo() {
        String email = newEmail();
        Comments.submitApproved(by(email, Comments.newThread()));
        String thread = Comments.newThread();

        submitExpecting("pending", Comments.with(by(email, thread), "body", "Cheap " + MarkedSpamScreen.MARK));

        assertEquals(List.of("marked_for_tests"), onlyQueued("spam", thread).getList("reasons.code"));
    }

    @Test
    void trustedAuthorCannotPostToAClosedThread() {
        String email = newEmail();
        Comments.submitApproved(by(email, Comments.newThread()));
        String thread = Comments.newThread();
        setThread(thread, false, "pre");

        post(by(email, thread)).statusCode(409);

        assertEquals(0, Screenings.storedIn(thread));
    }
}
