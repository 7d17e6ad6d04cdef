package dev.moderato.replicas;

import dev.moderato.support.ServiceLogs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** One instance of the packaged PostgreSQL build, as its own OS process on its own port. */
final class Replica {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "replicas-it-admin-password";

    private final String name;
    private final Process process;
    private final URI baseUri;
    private final URI managementUri;
    private final Path log;
    private final HttpClient probe = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Replica(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.baseUri = URI.create("http://localhost:" + port);
        this.managementUri = URI.create("http://localhost:" + managementPort);
        this.log = log;
    }

    static Replica start(String name, String jdbcUrl) throws IOException {
        return start(name, jdbcUrl, Map.of());
    }

    /** A replica with more environment variables: settings a test changes. */
    static Replica start(String name, String jdbcUrl, Map<String, String> settings) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path log = PostgresqlBuild.JAR.getParent().getParent().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                PostgresqlBuild.JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresqlBuild.USER);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("MODERATO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Every request comes from one address, and the tests submit alike comments on purpose.
        env.put("MODERATO_SCREENING_RATE_LIMIT_ENABLED", "false");
        env.put("MODERATO_SCREENING_DUPLICATE_WINDOW", "0s");
        env.putAll(settings);
        return new Replica(name, builder.start(), port, managementPort, log);
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return baseUri.resolve(path);
    }

    /** An address on the management interface: health and metrics. */
    URI managementUri(String path) {
        return managementUri.resolve(path);
    }

    int readiness() throws InterruptedException {
        try {
            HttpRequest ready = HttpRequest.newBuilder(managementUri("/q/health/ready")).timeout(Duration.ofSeconds(10)).build();
            return probe.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notAnswering) {
            return -1;
        }
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + " before it was ready; " + logTail());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail(name + " was not ready within " + timeout.toSeconds() + " s; " + logTail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: a crash, nothing released on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    Path log() {
        return log;
    }

    String logTail() {
        return ServiceLogs.tail(log);
    }

    private static int freePort() throws IOException {
        return ServiceLogs.freePort();
    }
}
