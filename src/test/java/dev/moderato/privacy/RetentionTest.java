package dev.moderato.privacy;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import dev.moderato.support.Metrics;
import dev.moderato.support.ModerationQueue;
import dev.moderato.support.Submissions;
import dev.moderato.support.TestClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Client data kept 1 h and spam and rejected comments 2 h here (RetentionProfile); each test moves the clock past them. */
@QuarkusTest
@TestProfile(RetentionProfile.class)
class RetentionTest {

    @Inject
    TestClock clock;

    @Inject
    Retention retention;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void clearsIpAndUserAgentOnceTheRetentionPeriodHasPassed() {
        String thread = Comments.newThread();
        String id = Submissions.submit(Submissions.from(Submissions.newAddress()).header("User-Agent", "Retained/1.0"),
                Comments.unique(thread, Submissions.newEmail()));
        clock.advance(Duration.ofMinutes(59));
        retention.run();
        assertNotNull(Comments.find(id).ip, "kept within the period");
        double clearedBefore = Metrics.counted("moderato_privacy_client_data_cleared_total");

        clock.advance(Duration.ofMinutes(2));
        Retention.Run run = retention.run();

        Comment comment = Comments.find(id);
        assertNull(comment.ip);
        assertNull(comment.userAgent);
        assertNotNull(comment.email, "the rest stays");
        assertNotNull(comment.body);
        assertTrue(run.clientDataCleared() >= 1, "the run counts what it cleared");
        assertTrue(Metrics.counted("moderato_privacy_client_data_cleared_total") >= clearedBefore + 1);
        assertEquals(0, retention.run().clientDataCleared(), "a cleared comment leaves the range");
    }

    @Test
    void deletesSpamAndRejectedAfterThePurgePeriodButNeverPending() {
        String thread = Comments.newThread();
        Map<CommentStatus, String> ids = new java.util.EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            String id = Comments.submit(Comments.unique(thread, Submissions.newEmail()));
            Comments.setStatus(id, status);
            ids.put(status, id);
        }
        clock.advance(Duration.ofMinutes(119));
        retention.run();
        ids.values().forEach(id -> assertNotNull(Comments.find(id), "kept within the period"));
        double spamBefore = Metrics.counted("moderato_privacy_purged_total{status=\"spam\"}");

        clock.advance(Duration.ofMinutes(2));
        Retention.Run run = retention.run();

        assertNull(Comments.find(ids.get(CommentStatus.SPAM)));
        assertNull(Comments.find(ids.get(CommentStatus.REJECTED)));
        assertNotNull(Comments.find(ids.get(CommentStatus.PENDING)), "pending comments wait for a moderator, however long");
        assertNotNull(Comments.find(ids.get(CommentStatus.APPROVED)));
        assertTrue(run.spamPurged() >= 1 && run.rejectedPurged() >= 1);
        assertTrue(Metrics.counted("moderato_privacy_purged_total{status=\"spam\"}") >= spamBefore + 1);
        ModerationQueue.historyOf(ids.get(CommentStatus.SPAM))
                .body("action", equalTo(List.of("spam", "purge")))
                .body("[1].actor", equalTo("system"))
                .body("[1].toStatus", nullValue())
                .body("reason", everyItem(nullValue()));
    }

    @Test
    void pendingCommentsAreNeverPurgedHoweverOld() {
        String id = Comments.submit(Comments.unique(Comments.newThread(), Submissions.newEmail()));
        clock.advance(Duration.ofDays(3650));
        retention.run();
        assertEquals(CommentStatus.PENDING, Comments.find(id).status);
    }

    @Test
    void theSchedulerRunsItAtLeastEveryMinute() {
        Trigger job = scheduler.getScheduledJob("privacy-retention");
        assertNotNull(job, "retention is scheduled");
        Instant next = job.getNextFireTime();
        assertTrue(next != null && !next.isAfter(Instant.now().plus(Duration.ofMinutes(1))), "next run at " + next);
    }
}
