package dev.moderato.replicas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.moderato.support.ServiceLogs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PostgreSQL server of the test's own, made with the local installation's {@code initdb} in a temporary
 * directory and listening on a free port of 127.0.0.1, so that a test can stop, crash and restart it as
 * {@code pg_ctlcluster … stop -m immediate} would, without touching the shared server at 5432 that other
 * tests use. As root, the server runs as the OS user {@code postgres} (PostgreSQL refuses to run as root).
 */
final class PrivateCluster implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";

    private final Path binaries;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;

    private PrivateCluster(Path binaries, Path data, int port, boolean asRoot) {
        this.binaries = binaries;
        this.data = data;
        this.log = data.resolveSibling(data.getFileName() + ".log");
        this.port = port;
        this.asRoot = asRoot;
    }

    /**
     * A new cluster, initialised and started. Skips the test when PostgreSQL is not installed here; under
     * the PostgreSQL build ({@code -Ppostgresql}), whose tests need a local server anyway, that is a failure.
     */
    static PrivateCluster start() throws IOException, InterruptedException {
        Optional<Path> binaries = newestInstallation();
        String missing = "PostgreSQL's server programs (initdb, pg_ctl under " + INSTALLATIONS + "/<version>/bin) are not"
                + " installed: apt-get install postgresql";
        if ("postgresql".equalsIgnoreCase(System.getProperty(PostgresqlBuild.DATABASE_PROPERTY))) {
            assertTrue(binaries.isPresent(), missing);
        }
        assumeTrue(binaries.isPresent(), missing);
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path parent = Files.createTempDirectory("moderato-pg-");
        Path data = parent.resolve("data");
        Files.createDirectory(data);
        if (asRoot) {
            UserPrincipal owner = parent.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
            Files.setOwner(parent, owner);
            Files.setOwner(data, owner);
        }
        PrivateCluster cluster = new PrivateCluster(binaries.get(), data, ServiceLogs.freePort(), asRoot);
        cluster.run("initdb", "--pgdata=" + data, "--username=postgres", "--auth=trust", "--encoding=UTF8",
                "--no-instructions");
        cluster.start("started");
        return cluster;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return PostgresqlBuild.jdbcUrl("127.0.0.1", port, database);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    void createDatabase(String database) throws SQLException {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    /** Starts the server again; after an immediate stop it first recovers from its write-ahead log. */
    void restart() throws IOException, InterruptedException {
        start("restarted");
    }

    /**
     * Stops the server: {@code fast} ends every session with 57P01 (admin shutdown) and checkpoints;
     * {@code immediate} kills the processes without a checkpoint, as a crash would.
     */
    void stop(String mode) throws IOException, InterruptedException {
        run("pg_ctl", "stop", "--pgdata=" + data, "--mode=" + mode, "--wait");
    }

    String logTail() {
        return ServiceLogs.tail(log);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "stop", "--pgdata=" + data, "--mode=immediate", "--wait");
        } catch (AssertionError alreadyStopped) {
            // Stopped by the test, or never started.
        }
        try (Stream<Path> files = Files.walk(data.getParent())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void start(String what) throws IOException, InterruptedException {
        run("pg_ctl", "start", "--pgdata=" + data, "--log=" + log, "--wait", "--timeout=60",
                "--options=-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data
                        + " -c max_connections=40");
        System.out.println("PrivateCluster: PostgreSQL " + what + " on 127.0.0.1:" + port + " (" + data + ")");
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("moderato-pg-command-", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not end within 90 s");
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + Files.readString(output)
                        + "\n" + logTail());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Optional<Path> newestInstallation() throws IOException {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionNumber(bin.getParent())));
        }
    }

    private static int versionNumber(Path directory) {
        try {
            return Integer.parseInt(directory.getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }
}
