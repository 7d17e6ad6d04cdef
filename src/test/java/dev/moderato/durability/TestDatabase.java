package dev.moderato.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The database the started service writes to. The postgresql Maven profile hands the tests
 * {@code QUARKUS_DATASOURCE_*} variables; without them the service uses its embedded H2 file
 * under the data directory, the default build's database.
 */
record TestDatabase(String url, String username, String password) {

    private static final String URL = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String USERNAME = "QUARKUS_DATASOURCE_USERNAME";
    private static final String PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";

    static TestDatabase forDataDir(Path dataDir) {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            return new TestDatabase("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("moderato") + ";IFEXISTS=TRUE", "moderato", "");
        }
        return new TestDatabase(url, System.getenv().getOrDefault(USERNAME, ""), System.getenv().getOrDefault(PASSWORD, ""));
    }

    boolean external() {
        return !url.startsWith("jdbc:h2:");
    }

    /** Points the packaged service at this database, when it is not the service's own H2 file. */
    void configure(Map<String, String> environment) {
        if (external()) {
            environment.put(URL, url);
            environment.put(USERNAME, username);
            environment.put(PASSWORD, password);
        }
    }

    /** Opens a connection and checks it reached the database the build profile targets. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        String expected = System.getProperty("moderato-test.database");
        assertNotNull(expected, "moderato-test.database is unset: run the tests through ./mvnw, whose h2 or postgresql profile sets it");
        assertEquals(expected, connection.getMetaData().getDatabaseProductName(), "the test reached " + url);
        return connection;
    }
}
