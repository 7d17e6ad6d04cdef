package dev.moderato;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Guards the two test runs: each Maven database profile names the database its tests must reach
 * ({@code moderato-test.database}), so a PostgreSQL run that ends up on H2 fails instead of passing.
 */
@QuarkusTest
class DatabaseInUseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void testsRunOnTheDatabaseTheBuildProfileTargets() throws SQLException {
        String expected = System.getProperty("moderato-test.database");
        assertNotNull(expected, "moderato-test.database is unset: run the tests through ./mvnw, whose h2 or postgresql profile sets it");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expected, connection.getMetaData().getDatabaseProductName(),
                    "the tests reached " + connection.getMetaData().getURL());
        }
    }
}
