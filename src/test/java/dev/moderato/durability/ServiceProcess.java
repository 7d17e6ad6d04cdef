package dev.moderato.durability;

import dev.moderato.support.ServiceLogs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** The packaged service ({@code quarkus-run.jar}) running as its own OS process, so it can be killed for real. */
final class ServiceProcess {

    private static final Path BASE_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path JAR = BASE_DIR.resolve("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final URI baseUri;
    private final URI managementUri;
    private final Path log;
    private final HttpClient probe = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private ServiceProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.baseUri = URI.create("http://localhost:" + port);
        this.managementUri = URI.create("http://localhost:" + managementPort);
        this.log = log;
    }

    static ServiceProcess start(Path dataDir, TestDatabase database, Path log) throws IOException {
        return start(dataDir, database, log, Map.of());
    }

    /** With more environment variables: settings a test changes. */
    static ServiceProcess start(Path dataDir, TestDatabase database, Path log, Map<String, String> settings)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: run through './mvnw verify', which packages the service before the ITs");
        }
        int port = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .directory(BASE_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MODERATO_DATA_DIR", dataDir.toAbsolutePath().toString());
        database.configure(builder.environment());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        // Every request comes from one address and the contract limits submissions per address.
        builder.environment().put("MODERATO_SCREENING_RATE_LIMIT_ENABLED", "false");
        builder.environment().putAll(settings);
        return new ServiceProcess(builder.start(), port, managementPort, log);
    }

    URI uri(String path) {
        return baseUri.resolve(path);
    }

    /** An address on the management interface: health and metrics. */
    URI managementUri(String path) {
        return managementUri.resolve(path);
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(managementUri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("service exited with " + process.exitValue() + " before it was ready; " + logTail());
            }
            try {
                if (probe.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(200);
        }
        fail("service was not ready within " + timeout.toSeconds() + " s; " + logTail());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            fail("service survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM, so the database is closed cleanly before the test opens it (H2 allows one process per file). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("service did not stop within 30 s of SIGTERM; " + logTail());
        }
    }

    void killIfAlive() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    String logTail() {
        return ServiceLogs.tail(log);
    }

    private static int freePort() throws IOException {
        return ServiceLogs.freePort();
    }
}
