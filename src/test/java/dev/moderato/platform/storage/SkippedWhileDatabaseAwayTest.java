package dev.moderato.platform.storage;

import dev.moderato.support.CapturedLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scheduled job that meets the database away is skipped with one warning and no stack trace (it runs again
 * at its next turn); a defect in it still fails loudly. The job under load, against a PostgreSQL server that
 * restarts, is {@code DatabaseRestartIT}.
 */
@QuarkusTest
class SkippedWhileDatabaseAwayTest {

    @Inject
    Job job;

    @Test
    void aJobThatFindsTheDatabaseAwayIsSkippedWithOneWarning() {
        try (CapturedLog log = CapturedLog.start()) {
            job.run(new StorageException("select count(*) from comment", new SQLException("Connection refused", "08001")));

            List<String> loud = log.atLeast(Level.WARNING);
            assertEquals(1, loud.size(), String.join("\n", loud));
            assertTrue(loud.get(0).startsWith("WARN"), loud.get(0));
            assertTrue(loud.get(0).contains("Job.run skipped: the database is unavailable [08001]"), loud.get(0));
        }
    }

    @Test
    void aDefectInTheJobStillFails() {
        StorageException defect = new StorageException("selec 1", new SQLException("syntax error", "42601"));

        assertSame(defect, assertThrows(StorageException.class, () -> job.run(defect)));
    }

    @ApplicationScoped
    static class Job {

        @SkippedWhileDatabaseAway
        @Transactional
        void run(RuntimeException failure) {
            throw failure;
        }
    }
}
