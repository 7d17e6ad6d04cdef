package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Ids;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A row the database refuses fails alone, as a request that cannot be stored as sent (not "come back later"),
 * and the comments queued beside it are stored. Such a row gets past validation only through a defect; the
 * writer is fed one directly here.
 */
@QuarkusTest
class BadRowIsolationTest {

    @Inject
    CommentWriter writer;

    @Test
    void aRowTheDatabaseRefusesFailsAloneAndItsNeighboursAreStored() throws Exception {
        String thread = Comments.newThread();
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            comments.add(comment(thread, i == 3 ? "n".repeat(600) : "Ada " + i)); // the column holds 490
        }
        List<CompletableFuture<Void>> stored = comments.stream()
                .map(comment -> writer.write(comment, null, Duration.ofSeconds(30)))
                .toList();

        for (int i = 0; i < stored.size(); i++) {
            if (i == 3) {
                CompletableFuture<Void> bad = stored.get(i);
                ExecutionException failure = assertThrows(ExecutionException.class, () -> bad.get(30, TimeUnit.SECONDS));
                DomainException refused = assertInstanceOf(DomainException.class, failure.getCause());
                assertEquals(DomainException.Kind.UNSTORABLE, refused.kind());
                assertNull(Comments.find(comments.get(i).id.toString()));
            } else {
                stored.get(i).get(30, TimeUnit.SECONDS);
                assertNotNull(Comments.find(comments.get(i).id.toString()), "neighbour " + i);
            }
        }
    }

    private static Comment comment(String thread, String name) {
        Comment comment = new Comment();
        comment.id = Ids.next();
        comment.thread = thread;
        comment.name = name;
        comment.email = "ada@example.org";
        comment.body = "A remark " + name.length();
        comment.status = CommentStatus.PENDING;
        comment.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return comment;
    }
}
