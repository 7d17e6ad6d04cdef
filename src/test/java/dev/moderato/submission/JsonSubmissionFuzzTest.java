package dev.moderato.submission;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.moderato.support.JazzerBeforeQuarkus;
import dev.moderato.support.RawHttp;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes posted as application/json get 202 with a receipt, or 400 or 413 as problem+json; never a 5xx, never an
 * ERROR line. Fuzzed over HTTP against the running service rather than its JSON reader alone, because a defect may
 * sit anywhere from the body reader through Jackson and validation to storage, and Jazzer's agent instruments classes
 * in Quarkus's class loader as well as any other; only the order of the two frameworks was in the way, which
 * {@link JazzerBeforeQuarkus} settles.
 */
@ExtendWith(JazzerBeforeQuarkus.class)
@QuarkusTest
class JsonSubmissionFuzzTest {

    /** 409 and 429 are off in the test profile (no closed thread, no duplicate window, no rate limit). */
    private static final Set<Integer> DOCUMENTED = Set.of(202, 400, 413);

    @BeforeAll
    static void watchTheLog() {
        FuzzedAnswers.startWatchingTheLog();
    }

    @AfterAll
    static void nothingLoudAfterwards() {
        FuzzedAnswers.stopWatchingTheLog();
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"thread\"", "\"parentId\"", "\"name\"", "\"email\"", "\"website\"", "\"body\"",
            "\"moderato_token\"", "\"hp_website\"", "\"ada@example.org\"", "\"https://", "\\u0000", "\\ud800",
            "\\udc00", "\\u202e", "null", "true", "1e999", "[", "{", "}", "]", "\":\"", "\",\""})
    void answersAnyJsonBodyAsTheContractSays(byte[] body) throws Exception {
        RawHttp.Answer answer = RawHttp.post(Submissions.PATH, "application/json", body);
        FuzzedAnswers.assertWithin(DOCUMENTED, answer);
        if (answer.status() == 202) {
            assertTrue(answer.header("content-type").startsWith("application/json;"), answer.headers() + " " + answer.body());
        } else {
            FuzzedAnswers.assertProblem(answer);
        }
    }
}
