package dev.moderato.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stored comment, a row of the {@code comment} table ({@link CommentStore} writes them, {@link CommentQueries} pages through them). Never
 * serialised as it is: email, IP and user agent are personal data, so every response is a record built from the
 * fields it may show.
 */
public class Comment {

    /** The shape of a comment id (a UUID); anything else cannot name a comment. */
    public static final String ID_SHAPE = "\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}";

    /** Time-ordered (UUIDv7) so inserts stay local in the index, with 74 random bits so ids are not guessable. */
    public UUID id;

    public String thread;

    public UUID parentId;

    /** The {@code author_name} column. */
    public String name;

    public String email;

    public String website;

    public String body;

    public CommentStatus status;

    public String ip;

    public String userAgent;

    public Instant createdAt;

    /** Raised by every change: a moderator's ETag, checked against {@code If-Match}. */
    public long version;

    public Instant decidedAt;

    public String decidedBy;

    /** When its author's personal data was erased (name "Anonymous", no address, website, IP or user agent); else null. */
    public Instant erasedAt;
    /** The learning spam filter's score, 0 to 1; null when it did not score the comment. */
    public Double spamScore;

    /** Why screening held or flagged it, in order. */
    public List<Reason> reasons = new ArrayList<>();

    /** The thread while the comment is approved, else null: the {@code published_thread} the readers' index is keyed by. */
    public String publishedThread() {
        return status == CommentStatus.APPROVED ? thread : null;
    }
}
