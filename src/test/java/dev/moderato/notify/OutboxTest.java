package dev.moderato.notify;

import dev.moderato.comment.Comment;
import dev.moderato.platform.storage.Sql;
import dev.moderato.support.Comments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outbox is written only while some endpoint can receive its events: with none enabled, a submission or a
 * decision writes no row (the insert and the worker's delete would cost every change for nothing). Each check
 * counts inside the writing transaction, before the worker could see the row, and rolls back.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    Sql sql;

    @AfterEach
    void removeEndpoints() {
        Webhooks.deleteAll();
    }

    @Test
    void writesNothingWhileNoEndpointIsEnabledAndEveryChangeOnceOneIs() {
        Comment comment = Comments.find(Comments.submit(Comments.valid(Comments.newThread())));
        Webhooks.deleteAll();
        assertEquals(0, rowsWrittenBy(comment), "no endpoint: no event");

        Webhooks.register("http://127.0.0.1:9/outbox", "comment.approved");
        assertEquals(1, rowsWrittenBy(comment), "an enabled endpoint: the change's event");
    }

    /** The rows one event adds to the outbox, counted in its own transaction, which is then rolled back. */
    private long rowsWrittenBy(Comment comment) {
        QuarkusTransaction.begin();
        try {
            outbox.append(EventType.APPROVED, comment, Instant.now());
            return sql.number("select count(*) from outbox_event where comment_id = ? and type = ?",
                    comment.id, EventType.APPROVED.wireName());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
