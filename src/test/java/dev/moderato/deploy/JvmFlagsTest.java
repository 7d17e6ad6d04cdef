package dev.moderato.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM flags of the container image start a JVM the way the image's start script passes them, and
 * README and the benchmark name the same flags (they are written in three places).
 */
class JvmFlagsTest {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Path BENCH_LIB = Path.of("bench/lib.sh");
    private static final Pattern ENV = Pattern.compile("^ENV (\\w+)=\"?(.*?)\"?$");
    private static final Pattern README_COMMAND = Pattern.compile("`MALLOC_ARENA_MAX=2 java -Xmx256m (.*?) -jar …`");
    private static final Pattern BENCH_DEFAULT = Pattern.compile("JAVA_OPTS=\"\\$\\{BENCH_JAVA_OPTS:-(.*)}\"");
    /**
     * What run-java.sh of the ubi9 OpenJDK runtime images puts before JAVA_OPTS_APPEND
     * ({@code /opt/jboss/container/java/jvm/java-default-options}): the collector of GC_CONTAINER_OPTIONS,
     * or the parallel one when it is unset, then its heap ratios.
     */
    private static final String IMAGE_DEFAULT_COLLECTOR = "-XX:+UseParallelGC";
    private static final List<String> IMAGE_DEFAULT_RATIOS = List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
            "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90", "-XX:+ExitOnOutOfMemoryError");

    @Test
    void theImagesJvmStartsWithWhatItsStartScriptPasses() throws IOException, InterruptedException {
        Map<String, String> env = dockerfileEnv();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(split(env.getOrDefault("GC_CONTAINER_OPTIONS", IMAGE_DEFAULT_COLLECTOR)));
        command.addAll(IMAGE_DEFAULT_RATIOS);
        command.addAll(split(env.get("JAVA_OPTS_APPEND")));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, java.waitFor(), () -> String.join(" ", command) + "\n" + output);
        assertTrue(Pattern.compile("bool UseG1GC\\s+= true").matcher(output).find(), "the image runs G1");
    }

    @Test
    void readmeAndTheBenchmarkRunTheImagesFlags() throws IOException {
        Map<String, String> env = dockerfileEnv();
        Set<String> image = jvmFlags(env.get("GC_CONTAINER_OPTIONS") + " " + env.get("JAVA_OPTS_APPEND"));

        assertEquals(image, jvmFlags(find(README_COMMAND, Files.readString(KnownConfiguration.README))));
        assertEquals(image, jvmFlags(find(BENCH_DEFAULT, Files.readString(BENCH_LIB))));
    }

    private static Map<String, String> dockerfileEnv() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            Matcher matcher = ENV.matcher(line.strip());
            if (matcher.matches()) {
                env.put(matcher.group(1), matcher.group(2));
            }
        }
        return env;
    }

    /** The flags that tune the JVM; the image's own system properties (host, log manager) aside. */
    private static Set<String> jvmFlags(String options) {
        Set<String> flags = new TreeSet<>();
        for (String option : split(options)) {
            if (option.startsWith("-XX:") || option.startsWith("-Xms") || option.startsWith("-Djdk.")) {
                flags.add(option);
            }
        }
        return flags;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), () -> "no match for " + pattern);
        return matcher.group(1);
    }

    private static List<String> split(String options) {
        return Arrays.stream(options.strip().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }
}
