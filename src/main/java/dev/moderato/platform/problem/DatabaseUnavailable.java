package dev.moderato.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a failure that only says the database cannot be reached right now, however deeply
 * the storage layer, the transaction manager or the validator wrapped it: the client should come back
 * later (503), not be told the service is broken (500).
 */
final class DatabaseUnavailable {

    /** SQLState class 08: connection exception (refused, broken, lost). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        return Causes.any(failure, DatabaseUnavailable::isUnavailable);
    }

    private static boolean isUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        return cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isAcquisitionTimeout(sql));
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS);
    }

    /** Agroal gives up waiting for a connection with a plain SQLException that carries no SQLState. */
    private static boolean isAcquisitionTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
