package dev.moderato.notify;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.ContentRules;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reply notifications' subscriptions, the {@code reply_subscription} table, and the mails they cause, written to
 * {@code reply_mail} in the transaction that causes them ({@link ReplyMailer} sends them). A subscription is stored
 * with its comment in the group commit; its confirmation mail goes only when the address has no subscription in
 * that thread yet, and one it confirmed there makes the new one confirmed at once. Confirming and unsubscribing
 * apply to every subscription of the address in the thread: what a reader means by "this discussion".
 */
@ApplicationScoped
public class ReplySubscriptions {

    /** One subscription, as its pages and mails need it. */
    public record Subscription(String token, UUID commentId, String thread, String email, Locale language,
                               Instant confirmedAt) {
        @Override
        public String toString() {
            return "Subscription[" + commentId + "]"; // never the address nor the token
        }
    }

    static final String CONFIRM = "confirm";
    static final String REPLY = "reply";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "token, comment_id, thread, email, language, confirmed_at";
    private static final String INSERT_MAIL = "insert into reply_mail (token, reply_id, kind, attempts, next_attempt_at, created_at)"
            + " values (?, ?, ?, 0, ?, ?)";
    /** One mail per confirmed subscriber of the parent, not to the reply's own author, and not twice while queued. */
    private static final String INSERT_REPLY_MAILS = "insert into reply_mail (token, reply_id, kind, attempts, next_attempt_at, created_at)"
            + " select s.token, ?, '" + REPLY + "', 0, ?, ? from reply_subscription s"
            + " where s.comment_id = ? and s.confirmed_at is not null and s.email <> ?"
            + " and not exists (select 1 from reply_mail m where m.token = s.token and m.reply_id = ?)";

    private final Sql sql;
    private final MailSender mail;
    private final Clock clock;

    ReplySubscriptions(Sql sql, MailSender mail, Clock clock) {
        this.sql = sql;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * In the group commit, on its connection: the subscriptions of the comments whose authors asked for them
     * ({@code languages}: the comment's id to the language of its submission), and the mails of replies stored
     * approved. Nothing while no mail server is configured, and no subscription for a comment stored as spam.
     */
    public void stored(Connection connection, List<Comment> comments, Map<UUID, Locale> languages) throws SQLException {
        if (!mail.configured()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (Comment comment : comments) {
            Locale language = languages.get(comment.id);
            if (language != null && comment.status != CommentStatus.SPAM) {
                subscribe(connection, comment, language, now);
            }
            if (comment.parentId != null && comment.status == CommentStatus.APPROVED) {
                execute(connection, INSERT_REPLY_MAILS, replyMailValues(comment, now));
            }
        }
    }

    /** Sees the rows of earlier comments of the same batch: the transaction is the same. */
    private void subscribe(Connection connection, Comment comment, Locale language, Instant now) throws SQLException {
        String email = ContentRules.emailKey(comment.email);
        Boolean confirmed = null; // null: the address has no subscription in this thread yet
        try (PreparedStatement query = connection.prepareStatement(
                "select confirmed_at from reply_subscription where email = ? and thread = ?")) {
            query.setString(1, email);
            query.setString(2, comment.thread);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    confirmed = Boolean.TRUE.equals(confirmed) || rows.getObject("confirmed_at") != null;
                }
            }
        }
        String token = newToken();
        execute(connection, "insert into reply_subscription (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?)",
                token, comment.id, comment.thread, email, language.getLanguage(),
                Boolean.TRUE.equals(confirmed) ? now : null, now);
        if (confirmed == null) {
            execute(connection, INSERT_MAIL, token, comment.id, CONFIRM, now, now);
        }
    }

    /** A reply approved by a moderator, in the decision's transaction: a mail to each confirmed subscriber of its parent. */
    public void approved(Comment reply, Instant now) {
        if (reply.parentId != null && mail.configured()) {
            sql.update(INSERT_REPLY_MAILS, replyMailValues(reply, now));
        }
    }

    public Optional<Subscription> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return sql.first("select " + COLUMNS + " from reply_subscription where token = ?", ReplySubscriptions::read, token);
    }

    /** Confirms every subscription of the token's address in its thread; false when the token is unknown. */
    @Transactional
    public boolean confirm(String token, Instant now) {
        Optional<Subscription> found = find(token);
        found.ifPresent(subscription -> sql.update("update reply_subscription set confirmed_at = ?"
                        + " where email = ? and thread = ? and confirmed_at is null",
                now, subscription.email(), subscription.thread()));
        return found.isPresent();
    }

    /** Removes every subscription of the token's address in its thread, and their mails; false when the token is unknown. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Subscription> found = find(token);
        found.ifPresent(subscription -> remove("email = ? and thread = ?", subscription.email(), subscription.thread()));
        return found.isPresent();
    }

    /** Every subscription of the address, whatever its capitals, oldest first. */
    public List<Subscription> ofAddress(String email) {
        return sql.list("select " + COLUMNS + " from reply_subscription where email = ? order by created_at, token",
                ReplySubscriptions::read, ContentRules.emailKey(email));
    }

    /** Removes the address's subscriptions and their mails, in the caller's transaction; answers how many went. */
    public long erase(String email) {
        return remove("email = ?", ContentRules.emailKey(email));
    }

    private int remove(String condition, Object... values) {
        sql.update("delete from reply_mail where token in (select token from reply_subscription where " + condition + ")", values);
        return sql.update("delete from reply_subscription where " + condition, values);
    }

    /** A mail waiting to go: a confirmation ({@code replyId} the subscribed comment) or an approved reply. */
    record Queued(String token, UUID replyId, String kind, int attempts, Instant createdAt) {
    }

    /**
     * Due mails no other replica holds, leased until {@code leaseEnd}: a replica that dies while sending leaves them
     * to be taken again then. Call it in a transaction of its own.
     */
    List<Queued> claim(Instant now, Instant leaseEnd, int limit) {
        // Picked in the index's order before they are locked: locking while picking had H2 lock every due row, seconds
        // a claim once many waited. Each lease asks again that the mail is still due, as Deliveries.claim does: a row
        // another replica leased and committed after this query's snapshot is locked all the same, and left out here.
        List<Queued> due = sql.list("select token, reply_id, kind, attempts, created_at from reply_mail"
                + " where (token, reply_id) in (select token, reply_id from reply_mail"
                + " where next_attempt_at <= ? order by next_attempt_at fetch first " + limit + " rows only)"
                + " for update skip locked", row -> new Queued(row.getString("token"), Sql.uuid(row, "reply_id"),
                row.getString("kind"), row.getInt("attempts"), Sql.instant(row, "created_at")), now);
        List<Queued> leased = new ArrayList<>(due.size());
        for (Queued queued : due) {
            if (sql.update("update reply_mail set next_attempt_at = ? where token = ? and reply_id = ?"
                    + " and next_attempt_at <= ?", leaseEnd, queued.token(), queued.replyId(), now) == 1) {
                leased.add(queued);
            }
        }
        return leased;
    }

    /** Sent, or nothing left to send. */
    void done(Queued queued) {
        sql.update("delete from reply_mail where token = ? and reply_id = ?", queued.token(), queued.replyId());
    }

    /** A failed attempt: tried again at {@code next}, or given up when there is none. */
    void failed(Queued queued, Optional<Instant> next) {
        if (next.isEmpty()) {
            done(queued);
            return;
        }
        sql.update("update reply_mail set attempts = attempts + 1, next_attempt_at = ? where token = ? and reply_id = ?",
                next.get(), queued.token(), queued.replyId());
    }

    private static Object[] replyMailValues(Comment reply, Instant now) {
        String author = reply.email == null ? "" : ContentRules.emailKey(reply.email);
        return new Object[] {reply.id, now, now, reply.parentId, author, reply.id};
    }

    private static void execute(Connection connection, String statement, Object... values) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                Sql.bind(prepared, i + 1, values[i]);
            }
            prepared.executeUpdate();
        }
    }

    /** 256 random bits, URL-safe: the subscriber's only credential, in their mails' links. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Subscription read(ResultSet row) throws SQLException {
        return new Subscription(row.getString("token"), Sql.uuid(row, "comment_id"), row.getString("thread"),
                row.getString("email"), Locale.forLanguageTag(row.getString("language")), Sql.instant(row, "confirmed_at"));
    }
}
