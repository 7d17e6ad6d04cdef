package dev.moderato.platform.storage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V6 on a database that already holds comments: what V5 stored is read the same way afterwards. */
class PublishedThreadMigrationTest {

    private static final String URL = "jdbc:h2:mem:published-thread-migration;DB_CLOSE_DELAY=-1";

    @Test
    void keysApprovedCommentsByThreadAndRecordsEachThreadsFirstComment() throws SQLException {
        migrateTo("5");
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate(insert("a", "APPROVED", "2026-01-02 10:00:00+00"));
            sql.executeUpdate(insert("a", "PENDING", "2026-01-01 09:00:00+00"));
            sql.executeUpdate(insert("a", "REJECTED", "2026-01-03 10:00:00+00"));
            sql.executeUpdate(insert("b", "SPAM", "2026-02-01 08:30:00+00"));
        }

        migrateTo("6");

        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement sql = connection.createStatement()) {
            assertEquals(Map.of("APPROVED", "a", "PENDING", "-", "REJECTED", "-", "SPAM", "-"),
                    rows(sql, "select status, coalesce(published_thread, '-') from comment"));
            assertEquals(Map.of("a", "2026-01-01T09:00Z", "b", "2026-02-01T08:30Z"),
                    rows(sql, "select thread, first_comment_at from thread_activity"));
        }
    }

    private static void migrateTo(String version) {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    private static String insert(String thread, String status, String createdAt) {
        return "insert into comment (id, thread, author_name, email, body, status, created_at, version)"
                + " values (random_uuid(), '" + thread + "', 'Ada', 'ada@example.org', 'Hello', '" + status + "',"
                + " timestamp with time zone '" + createdAt + "', 0)";
    }

    private static Map<String, String> rows(Statement sql, String query) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                Object value = result.getObject(2);
                rows.put(result.getString(1), value instanceof OffsetDateTime at
                        ? at.toInstant().atOffset(ZoneOffset.UTC).toString() : String.valueOf(value));
            }
        }
        return rows;
    }
}
