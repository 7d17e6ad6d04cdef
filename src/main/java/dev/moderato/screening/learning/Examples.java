package dev.moderato.screening.learning;

import dev.moderato.comment.CommentStatus;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The examples moderators' decisions teach the spam filter: the owner of {@code classifier_example}. A decision
 * writes its example in the decision's own transaction, so an example exists only for a decision that committed.
 */
@ApplicationScoped
public class Examples {

    /** A stored example with its comment's text, newest first within each kind. */
    record Stored(UUID commentId, boolean spam, String moderator, Instant learnedAt, String name, String website,
                  String body) {

        @Override
        public String toString() {
            return "Stored[" + commentId + (spam ? ", spam]" : ", legitimate]");
        }
    }

    /** What changes whenever an example is added, changed or removed. */
    record Fingerprint(long count, long sum) {
    }

    private final Sql sql;

    Examples(Sql sql) {
        this.sql = sql;
    }

    /**
     * What a moderator's decision teaches, in the caller's transaction: approved is legitimate, spam is spam; any
     * other status unlearns what an earlier decision on the comment taught.
     */
    public void decided(UUID commentId, CommentStatus status, String moderator, Instant at) {
        forget(commentId);
        if (status == CommentStatus.APPROVED || status == CommentStatus.SPAM) {
            sql.update("insert into classifier_example (comment_id, spam, moderator, learned_at, stamp) values (?, ?, ?, ?, ?)",
                    commentId, status == CommentStatus.SPAM, moderator, at, ThreadLocalRandom.current().nextInt());
        }
    }

    /** Unlearns the comment, in the caller's transaction: it was deleted. */
    public void forget(UUID commentId) {
        sql.update("delete from classifier_example where comment_id = ?", commentId);
    }

    void forgetAll() {
        sql.update("delete from classifier_example");
    }

    Fingerprint fingerprint() {
        return sql.first("select count(*), coalesce(sum(stamp), 0) from classifier_example",
                row -> new Fingerprint(row.getLong(1), row.getLong(2))).orElseThrow();
    }

    /** The latest {@code limit} examples of one kind whose comment still exists, newest first. */
    List<Stored> latest(boolean spam, int limit) {
        return sql.list("select e.comment_id, e.spam, e.moderator, e.learned_at, c.author_name, c.website, c.body"
                        + " from classifier_example e join comment c on c.id = e.comment_id"
                        + " where e.spam = ? order by e.learned_at desc, e.comment_id limit ?",
                row -> new Stored(Sql.uuid(row, "comment_id"), row.getBoolean("spam"), row.getString("moderator"),
                        Sql.instant(row, "learned_at"), row.getString("author_name"), row.getString("website"),
                        row.getString("body")),
                spam, limit);
    }
}
