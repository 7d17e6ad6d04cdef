package dev.moderato.support;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.publication.PublishedCommentsChanged;
import dev.moderato.screening.TrustedAuthors;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test fixtures: submit through the real API, and read or change what the database holds. */
public final class Comments {

    private Comments() {
    }

    /** A valid JSON submission on the given thread; change fields with {@link Map#put}. */
    public static Map<String, Object> valid(String thread) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("thread", thread);
        comment.put("name", "Ada Lovelace");
        comment.put("email", "ada@example.org");
        comment.put("website", "https://ada.example.org");
        comment.put("body", "A thoughtful remark about the article.");
        return comment;
    }

    /** A valid submission on the thread with this body. */
    public static Map<String, Object> saying(String thread, String body) {
        return with(valid(thread), "body", body);
    }

    /** A valid submission on the thread from this email address. */
    public static Map<String, Object> by(String email, String thread) {
        return with(valid(thread), "email", email);
    }

    /** A valid submission from this email address whose body no other has: no duplicate check refuses it. */
    public static Map<String, Object> unique(String thread, String email) {
        return with(by(email, thread), "body", "Remark " + UUID.randomUUID());
    }

    /** Submits as JSON, expects the receipt (202) and returns the new id. */
    public static String submit(Map<String, Object> comment) {
        return Submissions.submit(Submissions.json(), comment);
    }

    /** Submits a valid comment and approves it directly in the database (the moderator API is another feature). */
    public static String submitApproved(Map<String, Object> comment) {
        String id = submit(comment);
        setStatus(id, CommentStatus.APPROVED);
        return id;
    }

    /** Sets the status directly in the database, with what a moderator's decision also records. */
    public static void setStatus(String id, CommentStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            updateStatus(id, status);
            if (status == CommentStatus.APPROVED) {
                Arc.container().instance(TrustedAuthors.class).get().trust(find(id).email);
            }
            republish(id);
        });
    }

    /**
     * Changes the status in the current transaction, and the thread the readers find it under with it,
     * as a moderator's decision does; nothing else (no version, no event).
     */
    public static void updateStatus(String id, CommentStatus status) {
        String publishedThread = status == CommentStatus.APPROVED ? find(id).thread : null;
        Database.sql().update("update comment set status = ?, published_thread = ? where id = ?",
                status, publishedThread, UUID.fromString(id));
    }

    /**
     * Tells the public read cache that the comment's thread changed, as the services do: call it
     * inside the transaction of a direct database change that the public can see.
     */
    public static void republish(String id) {
        String thread = find(id).thread;
        CDI.current().getBeanManager().getEvent().select(PublishedCommentsChanged.class)
                .fire(new PublishedCommentsChanged(thread));
    }

    public static Comment find(String id) {
        return Database.comments().find(UUID.fromString(id)).orElse(null);
    }

    public static long count() {
        return Database.sql().number("select count(*) from comment");
    }

    public static long countPending() {
        return Database.sql().number("select count(*) from comment where status = ?", CommentStatus.PENDING);
    }

    /** A thread name no other test uses, so tests do not see each other's comments. */
    public static String newThread() {
        return "article/" + UUID.randomUUID();
    }

    public static Map<String, Object> with(Map<String, Object> comment, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(comment);
        copy.put(field, value);
        return copy;
    }
}
