package dev.moderato.platform.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import java.sql.Connection;
import java.sql.SQLException;

/** H2's own API, kept apart so that it is only loaded where H2 is the database. */
final class H2Store {

    private H2Store() {
    }

    /**
     * Rewrites chunks below {@code fillRate}% live, up to about {@code writeBytes}, and writes the
     * rewritten pages to the file; false when there was nothing to do.
     */
    static boolean compact(Connection connection, int fillRate, int writeBytes) throws SQLException {
        MVStore store = store(connection);
        if (!store.compact(fillRate, writeBytes)) {
            return false;
        }
        // The rewrite moves the live pages in memory only: they reach the file, and the old chunks
        // can be freed, with the store's next commit. Under load a comment's commit is that; with
        // nothing else writing, the next slice would pick the same chunks, find their pages moved
        // already, and rewrite nothing, and the chunks would stay until the next write.
        store.tryCommit();
        return true;
    }

    /** How much of the file's chunks is live, in percent. */
    static int chunksFillRate(Connection connection) throws SQLException {
        return store(connection).getFileStore().getChunksFillRate();
    }

    /** The store's version: every commit moves it on. */
    static long version(Connection connection) throws SQLException {
        return store(connection).getCurrentVersion();
    }

    private static MVStore store(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
