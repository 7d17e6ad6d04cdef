package dev.moderato.submission;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.RawHttp;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every fuzzed submission must get: a status the contract names for what was sent, never a 5xx, and no
 * ERROR line or stack trace in the log, which is watched for the whole run. A line written after its answer is
 * reported with the next input, or at the end.
 */
final class FuzzedAnswers {

    private static CapturedLog log;
    private static int loudLinesReported;

    private FuzzedAnswers() {
    }

    static void startWatchingTheLog() {
        log = CapturedLog.start();
        loudLinesReported = 0;
    }

    static void stopWatchingTheLog() {
        try {
            assertQuietLog();
        } finally {
            log.close();
        }
    }

    static void assertWithin(Set<Integer> documented, RawHttp.Answer answer) {
        if (answer.status() >= 500 || !documented.contains(answer.status())) {
            fail("answered " + answer.status() + ", not one of " + documented + ": " + answer.headers() + " " + answer.body());
        }
        assertQuietLog();
    }

    static void assertProblem(RawHttp.Answer answer) {
        assertTrue("application/problem+json".equals(answer.header("content-type")) && answer.body().startsWith("{"),
                () -> answer.status() + " is not problem+json: " + answer.headers() + " " + answer.body());
    }

    /** Each loud line fails one input only: the next, a seed's finding replayed before fuzzing included, starts quiet. */
    private static void assertQuietLog() {
        List<String> loud = log.atLeast(Level.SEVERE);
        if (loud.size() > loudLinesReported) {
            List<String> unreported = loud.subList(loudLinesReported, loud.size());
            loudLinesReported = loud.size();
            fail("a submission logged at ERROR: " + unreported);
        }
    }
}
