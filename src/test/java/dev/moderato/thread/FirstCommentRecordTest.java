package dev.moderato.thread;

import dev.moderato.support.Comments;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the group commit records a thread's first comment, against the real database. */
@QuarkusTest
class FirstCommentRecordTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ThreadActivity activity;

    @Test
    void recordsAThreadsFirstCommentOnceAndKeepsTheEarliest() throws SQLException {
        String thread = Comments.newThread();
        String other = Comments.newThread();
        Instant first = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant later = first.plus(1, ChronoUnit.HOURS);

        record(Map.of(thread, first));
        // What a second replica, or this one after a restart, sends for the same thread: no error, no change.
        record(Map.of(thread, later, other, later));

        assertEquals(first, firstCommentAt(thread));
        assertEquals(later, firstCommentAt(other));
    }

    @Test
    void aThreadAnotherReplicaRecordsMeanwhileLeavesTheRestOfTheBatchStanding() throws Exception {
        String thread = Comments.newThread();
        String other = Comments.newThread();
        Instant first = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant later = first.plus(1, ChronoUnit.SECONDS);

        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            activity.record(otherReplica, Map.of(thread, first));
            // This replica checks before the other commits, then waits on its row, then meets it.
            CompletableFuture<Void> thisReplica = CompletableFuture.runAsync(() -> {
                try {
                    record(new TreeMap<>(Map.of(thread, later, other, later)));
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            });
            Thread.sleep(300);
            otherReplica.commit();
            thisReplica.get(20, TimeUnit.SECONDS);
        }

        assertEquals(first, firstCommentAt(thread));
        assertEquals(later, firstCommentAt(other));
    }

    @Test
    void storedCommentRecordsItsThreadsFirstComment() {
        String thread = Comments.newThread();
        String id = Comments.submit(Comments.valid(thread));

        assertEquals(Comments.find(id).createdAt, firstCommentAt(thread));
    }

    private void record(Map<String, Instant> firstComments) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            activity.record(connection, firstComments);
            connection.commit();
        }
    }

    private Instant firstCommentAt(String thread) {
        return activity.firstCommentAt(thread).orElseThrow();
    }
}
