package dev.moderato.platform.storage;

import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import javax.transaction.xa.XAException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each SQLSTATE family is either "the database is away", "this row is bad", or neither, however it is wrapped. */
class FailuresTest {

    @ParameterizedTest(name = "{0} says the database is away")
    @ValueSource(strings = {"08006", "08001", "08P01", "57P01", "57P02", "57P03", "57014", "53300", "53100", "53200",
            "58000", "58030", "40001", "40P01", "25006", "55P03", "90067", "90098", "90121", "HYT00"})
    void unavailable(String state) {
        Throwable wrapped = new CompletionException(new StorageException("insert", new SQLException("away", state)));
        assertTrue(Failures.isUnavailable(wrapped));
        assertFalse(Failures.isBadRow(wrapped));
    }

    /** Narayana reports a commit the server cut short as a rollback, with the database's exception suppressed. */
    @Test
    void aCommitEndedByTheServerSaysTheDatabaseIsAway() {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);
        Throwable wrapped = new RuntimeException("Error invoking subclass method", rollback);
        assertTrue(Failures.isUnavailable(wrapped));
        assertFalse(Failures.isBadRow(wrapped));
    }

    @ParameterizedTest(name = "{0} says this row is bad")
    @ValueSource(strings = {"22001", "22021", "22P05", "23505", "23502", "22003"})
    void badRow(String state) {
        Throwable wrapped = new IllegalStateException(new StorageException("insert", new SQLException("bad", state)));
        assertTrue(Failures.isBadRow(wrapped));
        assertFalse(Failures.isUnavailable(wrapped));
    }

    @ParameterizedTest(name = "{0} says neither")
    @ValueSource(strings = {"42601", "42P01", "XX000"})
    void neither(String state) {
        Throwable failure = new StorageException("selec 1", new SQLException("bug", state));
        assertFalse(Failures.isUnavailable(failure));
        assertFalse(Failures.isBadRow(failure));
    }
}
