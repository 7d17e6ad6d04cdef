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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes posted as a form, under any Content-Type, get an answer the contract names for that type, never a
 * 5xx or an ERROR line. The input's first line is the Content-Type header (an empty line sends none; no line
 * break, the plain form type), the rest the body, so charset parameters and odd types are fuzzed too. Fuzzed over
 * HTTP against the running service, as {@link JsonSubmissionFuzzTest} is and for the same reason: coverage of the
 * application's classes guides it, with {@link JazzerBeforeQuarkus} ordering Jazzer before Quarkus.
 */
@ExtendWith(JazzerBeforeQuarkus.class)
@QuarkusTest
class FormSubmissionFuzzTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    /** A page (200) or 303 back to the site; 409 and 429 are off in the test profile, as for JSON. */
    private static final Set<Integer> FORM_ANSWERS = Set.of(200, 303, 400, 413, 415);
    private static final Set<Integer> JSON_ANSWERS = Set.of(202, 400, 413, 415);
    private static final Set<Integer> OTHER_ANSWERS = Set.of(415);

    @BeforeAll
    static void watchTheLog() {
        FuzzedAnswers.startWatchingTheLog();
    }

    @AfterAll
    static void nothingLoudAfterwards() {
        FuzzedAnswers.stopWatchingTheLog();
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"comment_post_ID=", "author=", "email=", "url=", "comment=", "comment_parent=0",
            "redirect_to=https%3A%2F%2Fnews.example.com%2F", "thread=", "parentId=", "name=", "website=", "body=",
            "moderato_token=", "hp_website=", "&", "=", "%", "%00", "%C0%AF", "%ED%A0%80", "%F0%9F%98%80", "%E2%80%AE",
            "+", "ada%40example.org", FORM, "application/json", "multipart/form-data", "text/plain", "; charset=",
            "UTF-8", "utf8", "us-ascii", "ISO-8859-1", "UTF-16", "\""})
    void answersAnyFormPostAsTheContractSays(byte[] input) throws Exception {
        int lineBreak = indexOf(input, (byte) '\n');
        String contentType = lineBreak < 0 ? FORM : headerValue(Arrays.copyOfRange(input, 0, lineBreak));
        byte[] body = lineBreak < 0 ? input : Arrays.copyOfRange(input, lineBreak + 1, input.length);

        RawHttp.Answer answer = RawHttp.post(Submissions.PATH, contentType, body);

        String sent = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        if (sent.startsWith(FORM)) {
            FuzzedAnswers.assertWithin(FORM_ANSWERS, answer);
            assertFormAnswer(answer);
        } else if (sent.isEmpty() || sent.contains("json")) { // a body without Content-Type is read as JSON
            FuzzedAnswers.assertWithin(JSON_ANSWERS, answer);
            if (answer.status() != 202) {
                FuzzedAnswers.assertProblem(answer);
            }
        } else {
            FuzzedAnswers.assertWithin(OTHER_ANSWERS, answer);
            FuzzedAnswers.assertProblem(answer);
        }
    }

    /** A reader who posted a form gets a page or goes back to the site; only a refused media type is problem+json. */
    private static void assertFormAnswer(RawHttp.Answer answer) {
        switch (answer.status()) {
            case 303 -> assertNotNull(answer.header("location"), answer::toString);
            case 415 -> FuzzedAnswers.assertProblem(answer);
            default -> assertTrue(answer.header("content-type").startsWith("text/html"),
                    () -> answer.status() + " for a form is not a page: " + answer.headers() + " " + answer.body());
        }
    }

    /** The line as a header value, without what no client can send in one (CR, LF and the other controls). */
    private static String headerValue(byte[] line) {
        if (line.length == 0) {
            return null;
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream(line.length);
        for (byte b : line) {
            if ((b & 0xff) >= 0x20 && b != 0x7f || b == '\t') {
                value.write(b);
            }
        }
        return value.toString(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
