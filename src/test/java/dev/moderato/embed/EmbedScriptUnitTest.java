package dev.moderato.embed;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the widget's script unit tests (src/test/js) with node's own test runner, which needs no download. Without
 * node on the PATH they are skipped, saying so; the browser tests cover the script either way.
 */
class EmbedScriptUnitTest {

    @Test
    void scriptHelpersPassTheirNodeTests() throws Exception {
        Path node = onPath("node");
        assumeTrue(node != null, "node is not installed: the widget's script unit tests (src/test/js) are skipped");

        Process run = new ProcessBuilder(node.toString(), "--test", "src/test/js/")
                .redirectErrorStream(true).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "node --test finished within a minute");
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("# fail 0"), output);
    }

    private static Path onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }
}
