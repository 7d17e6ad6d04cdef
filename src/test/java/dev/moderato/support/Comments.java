package dev.moderato.support;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.publication.PublishedCommentsChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Test fixtures: comments submitted and decided through the real API, and what the database holds of them. */
public final class Comments {

    private static final Map<CommentStatus, String> DECISIONS = Map.of(
            CommentStatus.APPROVED, "approve", CommentStatus.REJECTED, "reject", CommentStatus.SPAM, "spam");

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

    /** Submits a valid comment and has a moderator approve it. */
    public static String submitApproved(Map<String, Object> comment) {
        String id = submit(comment);
        setStatus(id, CommentStatus.APPROVED);
        return id;
    }

    /**
     * Has a moderator decide the comment into this status through the moderator API, so that it holds what the
     * product records with it: the published thread, version, decision and history, the author's trust on
     * approval, and a public read cache told of the change. A decided comment is decided again, as a moderator
     * does with {@code If-Match}. No decision puts a comment back in the queue: PENDING is for a pending one.
     */
    public static void setStatus(String id, CommentStatus status) {
        if (status == CommentStatus.PENDING) {
            if (find(id).status != CommentStatus.PENDING) {
                throw new IllegalArgumentException("no decision puts comment " + id + " back in the queue");
            }
            return;
        }
        Moderators.asAdmin().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("action", DECISIONS.get(status)))
                .when().post("/api/v1/moderation/comments/{id}/decision", id)
                .then().statusCode(200)
                .body("status", equalTo(status.wireName()));
    }

    /**
     * Moves the comment back to {@code createdAt}, and its thread's first comment with it when it was the first,
     * as if it had been submitted then; the public read cache is told, as the public order follows it. A direct
     * write because no product path writes a past time: submission stamps the present, and the thread's first
     * comment follows it.
     */
    public static void backdate(String id, Instant createdAt) {
        Comment comment = find(id);
        QuarkusTransaction.requiringNew().run(() -> {
            Database.sql().update("update comment set created_at = ? where id = ?", createdAt, comment.id);
            Database.sql().update("update comment_reason set created_at = ? where comment_id = ?", createdAt, comment.id);
            Database.sql().update("update thread_activity set first_comment_at = ? where thread = ? and first_comment_at = ?",
                    createdAt, comment.thread, comment.createdAt);
            CDI.current().getBeanManager().getEvent().select(PublishedCommentsChanged.class)
                    .fire(new PublishedCommentsChanged(comment.thread));
        });
    }

    /** Moves the comment {@code age} back in time: {@link #backdate}. */
    public static void age(String id, Duration age) {
        backdate(id, find(id).createdAt.minus(age));
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
