package dev.moderato.publication;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.moderato.support.Comments.submit;
import static dev.moderato.support.Comments.submitApproved;
import static dev.moderato.support.Comments.valid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;

@QuarkusTest
class CommentCountTest {

    private static final String COUNT = "/api/v1/comments/count";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void countsOnlyApprovedCommentsOfEachThread() {
        String first = Comments.newThread();
        String second = Comments.newThread();
        submitApproved(valid(first));
        submitApproved(valid(first));
        submit(valid(first));
        Comments.setStatus(submit(valid(first)), CommentStatus.REJECTED);
        Comments.setStatus(submit(valid(first)), CommentStatus.SPAM);
        submitApproved(valid(second));
        submit(valid(second));

        given().queryParam("thread", first, second)
                .when().get(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("$", aMapWithSize(2))
                .body("'" + first + "'", equalTo(2))
                .body("'" + second + "'", equalTo(1));
    }

    @Test
    void unknownOrUnapprovedThreadCountsZeroAndIsStillPresent() {
        String known = Comments.newThread();
        String onlyPending = Comments.newThread();
        String unknown = Comments.newThread();
        submitApproved(valid(known));
        submit(valid(onlyPending));

        Map<String, Integer> counts = given().queryParam("thread", unknown, known, onlyPending)
                .when().get(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract().jsonPath().getMap("$");

        assertThat(counts, equalTo(Map.of(known, 1, onlyPending, 0, unknown, 0)));
    }

    @Test
    void threadKeysWithSlashesAndUnicodeComeBackUnchanged() {
        String thread = Comments.newThread() + "/été à Paris/日本語/💬 ?q=1&x=y+z";
        submitApproved(valid(thread));
        String unknown = Comments.newThread() + "/ünknown";

        Map<String, Integer> counts = given().queryParam("thread", thread, unknown)
                .when().get(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract().jsonPath().getMap("$");

        assertThat(counts, equalTo(Map.of(thread, 1, unknown, 0)));
    }

    @Test
    void aThreadAskedTwiceIsCountedOnce() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));

        Map<String, Integer> counts = given().queryParam("thread", thread, thread)
                .when().get(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract().jsonPath().getMap("$");

        assertThat(counts, equalTo(Map.of(thread, 1)));
    }

    @Test
    void hundredThreadsAreAnswered() {
        List<String> threads = threads(100);

        given().queryParam("thread", threads)
                .when().get(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("$", aMapWithSize(100))
                .body("keySet()", containsInAnyOrder(threads.toArray()))
                .body("values()", everyItem(equalTo(0)));
    }

    @Test
    void moreThanHundredThreadsAreRejected() {
        given().queryParam("thread", threads(101))
                .when().get(COUNT)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("thread"))
                .body("violations[0].message", equalTo("Ask for between 1 and 100 threads at a time."));
    }

    @Test
    void countWithoutThreadIsRejected() {
        given()
                .when().get(COUNT)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations.field", contains("thread"))
                .body("violations[0].message", equalTo("Ask for between 1 and 100 threads at a time."));
    }

    @Test
    void countErrorsAreInFrenchWhenPreferred() {
        given().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .when().get(COUNT)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("thread"))
                .body("violations[0].message", equalTo("Demandez entre 1 et 100 fils de discussion à la fois."));
    }

    @Test
    void hundredThreadsOfTwoHundredCharactersArePostedAndCounted() {
        String counted = Comments.newThread() + "/" + "a".repeat(200 - Comments.newThread().length() - 1);
        submitApproved(valid(counted));
        List<String> threads = new java.util.ArrayList<>(longThreads(99));
        threads.add(counted);

        Map<String, Integer> counts = given().contentType(JSON).body(Map.of("threads", threads))
                .when().post(COUNT)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract().jsonPath().getMap("$");

        assertThat(counts.keySet(), equalTo(java.util.Set.copyOf(threads)));
        assertThat(counts.get(counted), equalTo(1));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum(), equalTo(1));
    }

    @Test
    void postedListIsValidatedAsTheQueryIs() {
        postedCount(Map.of("threads", List.of())).body("violations.field", contains("threads"))
                .body("violations[0].message", equalTo("Ask for between 1 and 100 threads at a time."));
        postedCount(Map.of("threads", longThreads(101))).body("violations.field", contains("threads"))
                .body("violations[0].message", equalTo("Ask for between 1 and 100 threads at a time."));
        postedCount(Map.of("threads", List.of("a".repeat(201)))).body("violations.field", contains("threads"))
                .body("violations[0].message", equalTo("The thread must be at most 200 characters."));
        postedCount(Map.of("threads", List.of("a\u0000b"))).body("violations.field", contains("threads"))
                .body("violations[0].message", equalTo("The thread must not contain control or text-direction characters."));
        postedCount(java.util.Collections.singletonMap("threads", java.util.Arrays.asList("a", null)))
                .body("violations.field", contains("threads"));
        postedCount(Map.of()).body("violations.field", contains("threads"));
    }

    @Test
    void postedCountRefusesWhatIsNotAListOfThreads() {
        for (String body : List.of("{\"threads\":\"a\"}", "{\"threads\":[1,2]}", "[\"a\"]", "{\"threads\":[\"a\"]} {}", "")) {
            given().contentType(JSON).body(body)
                    .when().post(COUNT)
                    .then().statusCode(400)
                    .contentType(startsWith(PROBLEM_JSON));
        }
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("thread=a")
                .when().post(COUNT)
                .then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON));
    }

    private static io.restassured.response.ValidatableResponse postedCount(Map<String, ?> body) {
        return given().contentType(JSON).body(body)
                .when().post(COUNT)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400));
    }

    /** Thread names of the longest length the contract allows, each unique. */
    private static List<String> longThreads(int count) {
        String prefix = Comments.newThread();
        return IntStream.range(0, count)
                .mapToObj(i -> prefix + "/" + i + "/" + "x".repeat(200 - prefix.length() - 2 - String.valueOf(i).length()))
                .toList();
    }

    /** Short, unique thread names: a hundred full article paths would not fit in a request line. */
    private static List<String> threads(int count) {
        String prefix = Comments.newThread().substring("article/".length(), "article/".length() + 8);
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
    }
}
