package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a {@link Comment} maps to a row of {@code comment}: each column named once, beside the field it
 * holds, so that the insert's columns and its parameters cannot drift apart.
 */
final class CommentRows {

    private record Column(String name, Function<Comment, Object> value) {
    }

    private static final List<Column> INSERTED = List.of(
            new Column("id", comment -> comment.id),
            new Column("thread", comment -> comment.thread),
            new Column("parent_id", comment -> comment.parentId),
            new Column("author_name", comment -> comment.name),
            new Column("email", comment -> comment.email),
            new Column("email_key", comment -> ContentRules.emailKey(comment.email)),
            new Column("website", comment -> comment.website),
            new Column("body", comment -> comment.body),
            new Column("status", comment -> comment.status),
            new Column("published_thread", Comment::publishedThread),
            new Column("ip", comment -> comment.ip),
            new Column("user_agent", comment -> comment.userAgent),
            new Column("created_at", comment -> comment.createdAt),
            new Column("client_data_at", CommentRows::clientDataAt),
            new Column("version", comment -> comment.version),
            new Column("spam_score", comment -> comment.spamScore));

    /** Every column a read maps back. */
    static final String COLUMNS = INSERTED.stream().map(Column::name).collect(Collectors.joining(", "))
            + ", decided_at, decided_by, erased_at";

    static final String INSERT = "insert into comment (" + INSERTED.stream().map(Column::name)
            .collect(Collectors.joining(", ")) + ") values (" + Sql.placeholders(INSERTED.size()) + ")";

    private CommentRows() {
    }

    /** Binds a new comment to {@link #INSERT}. */
    static void bindInsert(PreparedStatement insert, Comment comment) throws SQLException {
        for (int i = 0; i < INSERTED.size(); i++) {
            Sql.bind(insert, i + 1, INSERTED.get(i).value().apply(comment));
        }
    }

    static Comment read(ResultSet row) throws SQLException {
        Comment comment = new Comment();
        comment.id = Sql.uuid(row, "id");
        comment.thread = row.getString("thread");
        comment.parentId = Sql.uuid(row, "parent_id");
        comment.name = row.getString("author_name");
        comment.email = row.getString("email");
        comment.website = row.getString("website");
        comment.body = row.getString("body");
        comment.status = CommentStatus.valueOf(row.getString("status"));
        comment.ip = row.getString("ip");
        comment.userAgent = row.getString("user_agent");
        comment.createdAt = Sql.instant(row, "created_at");
        comment.version = row.getLong("version");
        comment.decidedAt = Sql.instant(row, "decided_at");
        comment.decidedBy = row.getString("decided_by");
        comment.erasedAt = Sql.instant(row, "erased_at");
        double score = row.getDouble("spam_score");
        comment.spamScore = row.wasNull() ? null : score;
        return comment;
    }

    /** When the client's IP and user agent were stored, for retention to clear them; null when there are none. */
    private static Object clientDataAt(Comment comment) {
        return comment.ip != null || comment.userAgent != null ? comment.createdAt : null;
    }

    /** Adds each comment's screening reasons, in order, read in one query for all of them. */
    static void loadReasons(Sql sql, List<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        Map<UUID, Comment> byId = new HashMap<>();
        comments.forEach(comment -> byId.put(comment.id, comment));
        sql.list("select comment_id, code, detail from comment_reason where comment_id in ("
                                + Sql.placeholders(byId.size()) + ") order by comment_id, position",
                        row -> Map.entry(Sql.uuid(row, "comment_id"), new Reason(row.getString("code"), row.getString("detail"))),
                        byId.keySet().toArray())
                .forEach(reason -> byId.get(reason.getKey()).reasons.add(reason.getValue()));
    }
}
