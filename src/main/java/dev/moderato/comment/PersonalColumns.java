package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code comment} table's SQL for personal data: finding a person's comments by address, erasing them, and
 * what retention clears or removes. Each query reads one range of one index in slices ({@code limit}), and a
 * slice it changes leaves the range, so the next slice starts where the work is: cheap on any size of table.
 * Changes run in the caller's transaction.
 */
@ApplicationScoped
public class PersonalColumns {

    /** The name an erased comment keeps; pages in French show {@code "Anonyme"} ({@link Comment#erasedAt}). */
    public static final String ANONYMOUS = "Anonymous";

    /** A comment as much as erasing or purging it needs. */
    public record Row(UUID id, String thread, CommentStatus status) {
    }

    private final Sql sql;

    PersonalColumns(Sql sql) {
        this.sql = sql;
    }

    /** Up to {@code limit} comments with this address, whatever its capitals, in id order after {@code after} (null: from the start). */
    public List<Comment> withAddress(String email, UUID after, int limit) {
        String key = ContentRules.emailKey(email);
        List<Comment> found = after == null
                ? sql.list("select " + CommentRows.COLUMNS + " from comment where email_key = ? order by email_key, id"
                        + " limit ?", CommentRows::read, key, limit)
                : sql.list("select " + CommentRows.COLUMNS + " from comment where email_key = ? and id > ?"
                        + " order by email_key, id limit ?", CommentRows::read, key, after, limit);
        CommentRows.loadReasons(sql, found);
        return found;
    }

    /** How many comments of each status hold this address, whatever its capitals. */
    public Map<CommentStatus, Long> countsByStatus(String email) {
        Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        sql.list("select status, count(*) as comments from comment where email_key = ? group by status",
                        row -> Map.entry(CommentStatus.valueOf(row.getString("status")), row.getLong("comments")),
                        ContentRules.emailKey(email))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Up to {@code limit} comments with this address not yet erased. */
    public List<Row> withAddress(String email, int limit) {
        return sql.list("select id, thread, status from comment where email_key = ? order by email_key, id limit ?",
                PersonalColumns::row, ContentRules.emailKey(email), limit);
    }

    /**
     * Erases the comments' personal data: the name becomes {@link #ANONYMOUS}; address, website, IP and user agent go.
     * Text, thread, parent and status stay. Their version goes up, so a moderator's stale edit is refused.
     */
    public void erase(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        Object[] values = new Object[ids.size() + 2];
        values[0] = ANONYMOUS;
        values[1] = at;
        for (int i = 0; i < ids.size(); i++) {
            values[i + 2] = ids.get(i);
        }
        sql.update("update comment set author_name = ?, email = null, email_key = null, website = null, ip = null,"
                + " user_agent = null, client_data_at = null, erased_at = ?, version = version + 1 where id in ("
                + Sql.placeholders(ids.size()) + ")", values);
    }

    /** Up to {@code limit} comments whose IP or user agent was stored before {@code cutoff}, oldest first. */
    public List<UUID> withClientDataBefore(Instant cutoff, int limit) {
        return sql.list("select id from comment where client_data_at < ? order by client_data_at limit ?",
                row -> Sql.uuid(row, "id"), cutoff, limit);
    }

    /** Clears the comments' IP and user agent; answers how many still had them. */
    public int clearClientData(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return sql.update("update comment set ip = null, user_agent = null, client_data_at = null where id in ("
                + Sql.placeholders(ids.size()) + ") and client_data_at is not null", ids.toArray());
    }

    /** Up to {@code limit} comments in this status created before {@code cutoff}, oldest first, locked. */
    public List<Row> lockCreatedBefore(CommentStatus status, Instant cutoff, int limit) {
        return sql.list("select id, thread, status from comment where status = ? and created_at < ?"
                + " order by status, created_at, id limit ? for update", PersonalColumns::row, status, cutoff, limit);
    }

    /** Removes the comments and their screening reasons. */
    public void delete(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Object[] values = ids.toArray();
        sql.update("delete from comment_reason where comment_id in (" + Sql.placeholders(ids.size()) + ")", values);
        sql.update("delete from comment where id in (" + Sql.placeholders(ids.size()) + ")", values);
    }

    private static Row row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Row(Sql.uuid(row, "id"), row.getString("thread"), CommentStatus.valueOf(row.getString("status")));
    }
}
