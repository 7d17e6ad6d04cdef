package dev.moderato.submission;

import dev.moderato.comment.ThreadActivity;
import dev.moderato.support.Comments;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statement the writer records a thread's first comment with, against the real database. */
@QuarkusTest
class FirstCommentRecordTest {

    @Inject
    AgroalDataSource dataSource;

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
    void storedCommentRecordsItsThreadsFirstComment() {
        String thread = Comments.newThread();
        String id = Comments.submit(Comments.valid(thread));

        assertEquals(Comments.find(id).createdAt, firstCommentAt(thread));
    }

    private void record(Map<String, Instant> firstComments) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommentRows.recordFirstComments(connection, firstComments);
            connection.commit();
        }
    }

    private static Instant firstCommentAt(String thread) {
        return QuarkusTransaction.requiringNew().call(() -> ThreadActivity.<ThreadActivity>findById(thread).firstCommentAt);
    }
}
