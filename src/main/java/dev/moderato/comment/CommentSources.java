package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where imported comments came from, the {@code comment_source} table: an export's format and the comment's id in
 * it. What makes an import idempotent, and what finds a comment by its WordPress id
 * ({@link CommentStore#findIdByWordPressId}).
 */
@ApplicationScoped
public class CommentSources {

    /** One source and the comment it became. */
    public record Source(String format, String sourceId, UUID commentId) {
    }

    private static final String INSERT = "insert into comment_source (format, source_id, comment_id) values (?, ?, ?)";

    private final Sql sql;

    CommentSources(Sql sql) {
        this.sql = sql;
    }

    /**
     * The comments already imported from these source ids of this format, by source id. One pass over the format's
     * rows, keeping those asked for: H2 answered {@code source_id in (…500 ids…)} by walking every row of the format,
     * 400 times for an export of 200,000 comments.
     */
    public Map<String, UUID> find(String format, Set<String> sourceIds) {
        Map<String, UUID> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        sql.forEach("select source_id, comment_id from comment_source where format = ?",
                row -> Map.entry(row.getString("source_id"), Sql.uuid(row, "comment_id")),
                source -> {
                    if (sourceIds.contains(source.getKey())) {
                        found.put(source.getKey(), source.getValue());
                    }
                }, format);
        return found;
    }

    /** Inserts these sources on this connection, in one batch; the caller commits. */
    public void insert(Connection connection, List<Source> sources) throws SQLException {
        if (sources.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Source source : sources) {
                insert.setString(1, source.format());
                insert.setString(2, source.sourceId());
                Sql.bind(insert, 3, source.commentId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
