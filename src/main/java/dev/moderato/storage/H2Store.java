package dev.moderato.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import java.sql.Connection;
import java.sql.SQLException;

/** H2's own API, kept apart so that it is only loaded where H2 is the database. */
final class H2Store {

    private H2Store() {
    }

    /** Rewrites chunks below {@code fillRate}% live, up to about {@code writeBytes}; false when there was nothing to do. */
    static boolean compact(Connection connection, int fillRate, int writeBytes) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore().compact(fillRate, writeBytes);
    }
}
