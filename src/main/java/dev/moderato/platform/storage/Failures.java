package dev.moderato.platform.storage;

import dev.moderato.platform.Causes;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells what a database failure says, however deeply the storage layer, the transaction manager or the
 * validator wrapped it: the database is away or busy right now (the same request may succeed shortly: 503),
 * or this row can never be stored (no retry helps; its neighbours in a batch can still be).
 */
public final class Failures {

    /**
     * SQLSTATE classes that say the database is away or out of breath: connection exceptions, insufficient
     * resources (too many connections, disk full, out of memory), operator intervention (shutdown, crash,
     * restart, cancelled statement), system errors.
     */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "58");
    /**
     * Single states that also pass with time: serialisation failure and deadlock, a read-only transaction (a
     * failover landed on a standby), a lock not available; H2's broken connection, closed database, shutdown
     * and lock timeout.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("40001", "40P01", "25006", "55P03",
            "90067", "90098", "90121", "HYT00", "50200");
    /** SQLSTATE classes of a row the database will never take: a data exception, an integrity violation. */
    private static final Set<String> BAD_ROW_CLASSES = Set.of("22", "23");

    private Failures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return Causes.any(failure, Failures::saysUnavailable);
    }

    /** A row refused for what it holds, and not because the database is away. */
    public static boolean isBadRow(Throwable failure) {
        return !isUnavailable(failure) && Causes.any(failure, cause -> cause instanceof SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().length() == 5
                && BAD_ROW_CLASSES.contains(sql.getSQLState().substring(0, 2)));
    }

    /** The first SQLSTATE among the failure's causes, for a log line that must not quote the row. */
    public static String sqlState(Throwable failure) {
        String[] state = {"no SQLSTATE"};
        Causes.any(failure, cause -> {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state[0] = sql.getSQLState();
                return true;
            }
            return false;
        });
        return state[0];
    }

    private static boolean saysUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return isAcquisitionTimeout(sql);
        }
        return UNAVAILABLE_STATES.contains(state)
                || state.length() == 5 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2));
    }

    /** Agroal gives up waiting for a connection with a plain SQLException that carries no SQLState. */
    private static boolean isAcquisitionTimeout(SQLException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
