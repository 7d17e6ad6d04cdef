package dev.moderato.platform.storage;

import io.quarkus.scheduler.Scheduled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scheduled job of the service meets the database going away sooner or later (a PostgreSQL restart):
 * each must be skipped with a warning then ({@link SkippedWhileDatabaseAway}), not logged as an ERROR with its
 * stack at every turn. A job added without it fails here rather than in {@code DatabaseRestartIT}'s log check.
 */
class ScheduledJobsTest {

    /** Jobs that never meet a database that went away: H2 is embedded in the service's own process. */
    private static final Set<String> EMBEDDED_ONLY = Set.of("H2Housekeeping.rewriteMostlyDeadChunks");

    @Test
    void everyScheduledJobIsSkippedWhileTheDatabaseIsAway() throws Exception {
        List<String> jobs = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        for (Class<?> type : serviceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class) || method.isAnnotationPresent(Scheduled.Schedules.class)) {
                    String job = type.getSimpleName() + "." + method.getName();
                    jobs.add(job);
                    if (!method.isAnnotationPresent(SkippedWhileDatabaseAway.class)
                            && !type.isAnnotationPresent(SkippedWhileDatabaseAway.class) && !EMBEDDED_ONLY.contains(job)) {
                        unguarded.add(job);
                    }
                }
            }
        }
        assertTrue(jobs.size() >= 4, "the service's scheduled jobs were found: " + jobs);
        assertEquals(List.of(), unguarded, "scheduled jobs without @SkippedWhileDatabaseAway");
    }

    private static List<Class<?>> serviceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SkippedWhileDatabaseAway.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/moderato"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ScheduledJobsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
