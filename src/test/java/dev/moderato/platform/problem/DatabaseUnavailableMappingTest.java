package dev.moderato.platform.problem;

import dev.moderato.platform.storage.StorageException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The catch-all mapper tells "the database is away, come back later" (503 with Retry-After) from
 * a real defect (500), however the failure was wrapped on its way up. The outage itself, against
 * a real PostgreSQL behind a cut proxy, is {@code DatabaseOutageIT}.
 */
class DatabaseUnavailableMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void lostConnectionInsideTheParentLookupIsServiceUnavailable() {
        var lost = new StorageException("select 1 from comment where id = ? and thread = ? and status = ?",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertServiceUnavailable(mappers.validationFailure(new ValidationException("HV000028", lost)));
    }

    @Test
    void otherFailuresInsideAConstraintStayInternalErrors() {
        Response response = mappers.validationFailure(new ValidationException("HV000028", new IllegalStateException("bug")));

        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void refusedConnectionIsServiceUnavailable() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

        assertServiceUnavailable(mappers.unexpected(new StorageException("select 1", refused)));
    }

    @Test
    void poolAcquisitionTimeoutIsServiceUnavailable() {
        var timeout = new SQLException("Sorry, acquisition timeout!");

        assertServiceUnavailable(mappers.unexpected(new StorageException("select 1", timeout)));
    }

    @Test
    void transientConnectionFailureIsServiceUnavailable() {
        assertServiceUnavailable(mappers.unexpected(new IllegalStateException(new SQLTransientConnectionException("gone"))));
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        var grammar = new StorageException("selec 1", new SQLException("syntax error", "42601"));

        Response response = mappers.unexpected(grammar);

        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertNull(response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    private static void assertServiceUnavailable(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        Problem problem = (Problem) response.getEntity();
        assertEquals(503, problem.status());
        assertEquals("The service cannot reach its database right now; try again shortly.", problem.detail());
    }
}
