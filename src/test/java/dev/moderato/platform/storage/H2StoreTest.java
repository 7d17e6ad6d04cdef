package dev.moderato.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chunk rewrite of {@link H2Housekeeping} on a store as the service opens it: every commit written at once. */
class H2StoreTest {

    /** The retention time of the test store, as in application.properties: a chunk is rewritten or freed only after it. */
    private static final long RETENTION_MILLIS = 1000;
    private static final int MAX_ROUNDS = 20;
    /** Slices of one round: until the rewrite has nothing left to do, as far as this store goes. */
    private static final int MAX_SLICES = 1000;

    @TempDir
    Path dir;

    @Test
    void anIdleStoreIsCompactedUntilDoneAndItsOldChunksFreed() throws Exception {
        try (Connection connection = open()) {
            // One commit per row, as comments arriving one at a time: each commit writes a chunk, and
            // each chunk keeps a little live data (the pages that filled up in it).
            insertRows(connection, 0, 6000);
            int before = chunkCount(connection);
            assertTrue(before > 200, "the store should start with many chunks, had " + before);
            Thread.sleep(RETENTION_MILLIS + 100);

            // As the housekeeping runs: slices until there is nothing to do, again a second later, as
            // long as the rewrite makes progress. It usually ends in 3 or 4 rounds; on a loaded machine
            // H2 went on rewriting 3 slices a round, the chunks no fuller, for as many rounds as it was given.
            RewriteProgress progress = new RewriteProgress();
            List<Integer> slicesPerRound = new ArrayList<>();
            int slices;
            do {
                slices = H2Housekeeping.rewrite(connection, progress, MAX_SLICES, 0, () -> false);
                slicesPerRound.add(slices);
                Thread.sleep(RETENTION_MILLIS + 100);
            } while (slices > 0 && slicesPerRound.size() < MAX_ROUNDS);
            int rounds = slicesPerRound.size();
            assertEquals(0, slices, "the rewrite of an idle store should come to an end; slices per round " + slicesPerRound);
            // The chunks emptied by the last slices are freed at the next commit.
            insertRows(connection, 6000, 1);
            int after = chunkCount(connection);

            assertTrue(after < before / 4, "chunks before " + before + ", after " + after + " (" + rounds + " rounds)");
            assertEquals(6001, rowCount(connection));
        }
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store")
                + ";WRITE_DELAY=0;PAGE_SIZE=4096;RETENTION_TIME=" + RETENTION_MILLIS + ";CACHE_SIZE=2048", "sa", "");
        try (Statement sql = connection.createStatement()) {
            sql.execute("create table if not exists note (id bigint primary key, body varchar(400))");
        }
        return connection;
    }

    private static void insertRows(Connection connection, int first, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into note (id, body) values (?, ?)")) {
            for (int id = first; id < first + count; id++) {
                insert.setLong(1, id);
                insert.setString(2, "A remark about the article, number " + id + ". ".repeat(100));
                insert.executeUpdate();
            }
        }
    }

    private static int chunkCount(Connection connection) throws SQLException {
        return Integer.parseInt(setting(connection, "info.CHUNK_COUNT"));
    }

    private static int rowCount(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery("select count(*) from note")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), name + " is not among H2's settings");
                return result.getString(1);
            }
        }
    }
}
