package dev.moderato.publication;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.UUID;

/** Changes the database as another replica would: this replica's cache is not told. */
final class UnnoticedChanges {

    private UnnoticedChanges() {
    }

    static void approve(String id) {
        QuarkusTransaction.requiringNew().run(() ->
                Comment.update("status = ?1 where id = ?2", CommentStatus.APPROVED, UUID.fromString(id)));
    }
}
