package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Submissions.newAddress;
import static dev.moderato.support.Submissions.newEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same post typed again with trivial differences is the same post: refused as a duplicate, stored once. */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class DuplicateVariantsTest {

    private static final String BODY = "I said this once, and meant it.";

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("the email in capitals", (UnaryOperator<Map<String, Object>>) c -> with(c, "email",
                        c.get("email").toString().toUpperCase())),
                Arguments.of("a doubled space", (UnaryOperator<Map<String, Object>>) c -> with(c, "body",
                        BODY.replace("once,", "once,  "))),
                Arguments.of("a no-break space", (UnaryOperator<Map<String, Object>>) c -> with(c, "body",
                        BODY.replace("once, ", "once,\u00A0"))),
                Arguments.of("a zero-width space", (UnaryOperator<Map<String, Object>>) c -> with(c, "body",
                        BODY.replace("meant", "me\u200Bant"))),
                Arguments.of("a line break for a space", (UnaryOperator<Map<String, Object>>) c -> with(c, "body",
                        BODY.replace("and ", "and\n"))),
                Arguments.of("the thread with a slash", (UnaryOperator<Map<String, Object>>) c -> with(c, "thread",
                        c.get("thread") + "/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void refusesTheSamePostTypedAgainWithTrivialDifferences(String difference, UnaryOperator<Map<String, Object>> vary) {
        String thread = "article/" + java.util.UUID.randomUUID();
        String address = newAddress();
        Map<String, Object> first = with(with(Comments.valid(thread), "email", newEmail()), "body", BODY);
        json().header("X-Forwarded-For", address).body(first).when().post(COMMENTS).then().statusCode(202);

        Map<String, Object> again = vary.apply(first);
        json().header("X-Forwarded-For", address).body(again).when().post(COMMENTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("You have already posted this comment on this thread."));

        assertEquals(1, storedIn(thread) + storedIn(thread + "/"), difference);
    }

    private static Map<String, Object> with(Map<String, Object> comment, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(comment);
        copy.put(field, value);
        return copy;
    }
}
