package dev.moderato.screening.learning;

import dev.moderato.comment.CommentStatus;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.support.Comments;
import dev.moderato.support.ModerationQueue;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spam filter learning from moderators' decisions, and judging submissions with what it learned. */
@QuarkusTest
@TestProfile(ClassifierProfile.class)
class ClassifierTest {

    private static final String MODERATOR = "filter-teacher";
    private static final String SPAM_BODY = "Please subscribe to my channel for free gift cards!!! http://promo-new.example.com/win";
    private static final String LEGITIMATE_BODY = "The part about the tram line was well argued; the mayor said as much.";

    @Inject
    Examples examples;

    @Inject
    ModeratoConfig config;

    @BeforeEach
    void forgetEverything() {
        ClassifierApi.reset();
    }

    @Test
    void learnsApprovalsAsLegitimateAndSpamAsSpam() {
        ClassifierApi.taught(MODERATOR, "spam", ClassifierApi.spam(6));
        ClassifierApi.taught(MODERATOR, "approve", ClassifierApi.legitimate(7));

        JsonPath status = ClassifierApi.awaitLearned(6, 7);
        assertTrue(status.getBoolean("active"), "5 of each kind are enough in this profile");
    }

    @Test
    void rejectingTeachesNothing() {
        ClassifierApi.taught(MODERATOR, "reject", ClassifierApi.spam(3));
        ClassifierApi.taught(MODERATOR, "spam", ClassifierApi.spam(1));

        ClassifierApi.awaitLearned(1, 0);
    }

    @Test
    void doesNotJudgeBeforeMinExamplesOfEachKind() {
        ClassifierApi.taught(MODERATOR, "spam", ClassifierApi.spam(40));
        ClassifierApi.taught(MODERATOR, "approve", ClassifierApi.legitimate(ClassifierProfile.MIN_EXAMPLES - 1));
        assertFalse(ClassifierApi.awaitLearned(40, ClassifierProfile.MIN_EXAMPLES - 1).getBoolean("active"));

        String thread = Comments.newThread();
        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));
        ModerationQueue.queued("pending", thread).body("items[0].reasons", equalTo(List.of()))
                .body("items[0].spamScore", nullValue());
    }

    @Test
    void bindsSpamWithTheScoreAndTheWordsThatWeighedMost() {
        learnEnough();
        String thread = Comments.newThread();

        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));

        JsonPath binned = ModerationQueue.onlyQueued("spam", thread);
        assertEquals("classifier", binned.getString("reasons[0].code"));
        assertTrue(binned.getString("reasons[0].detail").matches("Score 0\\.9\\d; words: \"[^\"]+\"(, \"[^\"]+\"){0,2}\\."),
                binned.getString("reasons[0].detail"));
        assertTrue(binned.getDouble("spamScore") >= 0.9, binned.getString("spamScore"));
        ModerationQueue.historyOf(binned.getString("id"))
                .body("[0].actor", equalTo("system"))
                .body("[0].reason", equalTo("classifier"));
    }

    @Test
    void leavesLegitimateCommentsAlone() {
        learnEnough();
        String thread = Comments.newThread();

        Submissions.submitExpecting("pending", Comments.saying(thread, LEGITIMATE_BODY));

        JsonPath kept = ModerationQueue.onlyQueued("pending", thread);
        assertEquals(List.of(), kept.getList("reasons"));
        assertTrue(kept.getDouble("spamScore") < 0.3, "scored but not held: " + kept.getString("spamScore"));
    }

    @Test
    void aChangeOfMindUnlearnsTheFirstDecision() {
        List<String> ids = ClassifierApi.taught(MODERATOR, "approve", ClassifierApi.legitimate(3));
        ClassifierApi.awaitLearned(0, 3);

        decideAgain(ids.get(0), "spam");
        ClassifierApi.awaitLearned(1, 2);

        decideAgain(ids.get(1), "reject");
        ClassifierApi.awaitLearned(1, 1);
    }

    @Test
    void neverLearnsFromItsOwnVerdicts() {
        learnEnough();
        String thread = Comments.newThread();
        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));
        String binned = ModerationQueue.onlyQueued("spam", thread).getString("id");

        // A moderator agreeing with the filter changes nothing: the comment is spam already.
        Moderators.as(MODERATOR).contentType(ContentType.JSON).body(Map.of("action", "spam"))
                .when().post("/api/v1/moderation/comments/{id}/decision", binned)
                .then().statusCode(200).body("status", equalTo("spam"));

        assertEquals(0L, examplesOf(binned));
        ClassifierApi.awaitLearned(30, 30);
    }

    @Test
    void aModeratorRescuingABinnedCommentTeachesLegitimate() {
        learnEnough();
        String thread = Comments.newThread();
        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));
        String binned = ModerationQueue.onlyQueued("spam", thread).getString("id");

        decideAgain(binned, "approve");

        ClassifierApi.awaitLearned(30, 31);
    }

    @Test
    void deletingACommentForgetsWhatItTaught() {
        List<String> ids = ClassifierApi.taught(MODERATOR, "spam", ClassifierApi.spam(2));
        ClassifierApi.awaitLearned(2, 0);

        Moderators.asAdmin().when().delete("/api/v1/moderation/comments/{id}", ids.get(0)).then().statusCode(204);

        ClassifierApi.awaitLearned(1, 0);
    }

    @Test
    void aRestartedReplicaLoadsTheSameModelFromTheDatabase() {
        learnEnough();
        Classifier restarted = new Classifier(examples, config, () -> 0L);
        assertFalse(restarted.status().active(), "a new process starts with nothing in memory");

        restarted.refresh();

        assertEquals(new Classifier.Status(30, 30, true), restarted.status());
        String thread = Comments.newThread();
        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));
        String detail = ModerationQueue.onlyQueued("spam", thread).getString("reasons[0].detail");
        SpamModel model = restarted.model().orElseThrow();
        assertEquals(detail, ClassifierScreen.detail(model.explain("Ada Lovelace", "https://ada.example.org", SPAM_BODY, 3)),
                "the restarted replica scores and explains as the running one does");
    }

    @Test
    void resetForgetsEverythingItLearned() {
        learnEnough();

        Moderators.asAdmin().when().delete(ClassifierApi.PATH).then().statusCode(204);

        Moderators.asAdmin().when().get(ClassifierApi.PATH).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("spam", equalTo(0)).body("legitimate", equalTo(0)).body("active", equalTo(false));
        String thread = Comments.newThread();
        Submissions.submitExpecting("pending", Comments.saying(thread, SPAM_BODY));
        ModerationQueue.queued("pending", thread).body("total", equalTo(1));
    }

    @Test
    void moderatorsCannotReadOrResetTheFilter() {
        Moderators.as(MODERATOR).when().get(ClassifierApi.PATH).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        Moderators.as(MODERATOR).when().delete(ClassifierApi.PATH).then().statusCode(403)
                .contentType("application/problem+json").body("title", matchesPattern("Forbidden"));
    }

    private static void learnEnough() {
        ClassifierApi.taught(MODERATOR, "spam", ClassifierApi.spam(30));
        ClassifierApi.taught(MODERATOR, "approve", ClassifierApi.legitimate(30));
        assertTrue(ClassifierApi.awaitLearned(30, 30).getBoolean("active"));
    }

    private static void decideAgain(String id, String action) {
        String version = Moderators.as(MODERATOR).when().get("/api/v1/moderation/comments/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        Moderators.as(MODERATOR).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("action", action))
                .when().post("/api/v1/moderation/comments/{id}/decision", id)
                .then().statusCode(200);
    }

    private static long examplesOf(String id) {
        return dev.moderato.support.Database.sql().number("select count(*) from classifier_example where comment_id = ?",
                java.util.UUID.fromString(id));
    }
}
