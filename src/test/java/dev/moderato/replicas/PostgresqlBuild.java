package dev.moderato.replicas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ITs of this package need the PostgreSQL build of the service and the PostgreSQL server at
 * 127.0.0.1:5432 (trust authentication, user postgres). On the H2 build they are skipped, unless
 * the build says it is the PostgreSQL one (the postgresql profile sets {@code moderato-test.database}): then an
 * H2 jar is a failure, never a silent pass.
 */
final class PostgresqlBuild {

    static final String DATABASE_PROPERTY = "moderato-test.database";
    static final String SERVER = "//127.0.0.1:5432/";
    static final String USER = "postgres";

    private static final Path BASE_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path JAR = BASE_DIR.resolve("target/quarkus-app/quarkus-run.jar");
    private static final Path LIBRARIES = BASE_DIR.resolve("target/quarkus-app/lib/main");

    private PostgresqlBuild() {
    }

    /** Skips on the H2 build; fails when the PostgreSQL build was asked for but the jar is not it. */
    static void require() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: run through './mvnw verify -Ppostgresql', which packages the service before the ITs");
        }
        boolean postgresqlJar;
        try (Stream<Path> libraries = Files.list(LIBRARIES)) {
            postgresqlJar = libraries.anyMatch(jar -> jar.getFileName().toString().startsWith("org.postgresql.postgresql-"));
        }
        if ("postgresql".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY))) {
            assertTrue(postgresqlJar, DATABASE_PROPERTY + "=PostgreSQL, but " + JAR + " is the H2 build (no PostgreSQL driver in "
                    + LIBRARIES + ")");
        }
        assumeTrue(postgresqlJar, "the packaged service is the H2 build; these ITs need './mvnw verify -Ppostgresql'");
    }

    static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql:" + SERVER + database, USER, "");
    }

    /** A new, empty database of that name (dropped first if a failed run left it behind). */
    static void recreate(String database) throws SQLException {
        drop(database);
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    static void drop(String database) throws SQLException {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }
}
