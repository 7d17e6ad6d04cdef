package dev.moderato.moderation;

import dev.moderato.comment.CommentHistory;
import dev.moderato.support.Comments;
import dev.moderato.support.Metrics;
import dev.moderato.support.Moderators;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two moderators acting on the same comment at the same instant, over real concurrent HTTP
 * requests released together by a barrier. Each round must end as if the requests had come one
 * after the other: one decision applied, the other refused (409) or a no-op (200), and a single
 * decision in the history. Failures are collected over all rounds, so a broken lock reports how
 * often it broke.
 */
@QuarkusTest
class ConcurrentDecisionTest {

    private static final int ROUNDS = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final List<List<String>> DIFFERENT_ACTIONS = List.of(
            List.of("approve", "reject"), List.of("reject", "approve"),
            List.of("approve", "spam"), List.of("spam", "approve"),
            List.of("reject", "spam"), List.of("spam", "reject"));
    private static final Map<String, String> STATUS_OF = Map.of(
            "approve", "approved", "reject", "rejected", "spam", "spam");

    @TestHTTPResource("/")
    URI server;

    private HttpClient client;
    private ExecutorService pool;

    /** What one moderator's request got back. */
    private record Answer(String moderator, String action, int status, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    private record Request(String moderator, String action, HttpRequest http) {
    }

    /** The comment as the database holds it after a round: status, decider and decisions in order. */
    private record Stored(String status, String decidedBy, List<String> decisions) {
    }

    @BeforeEach
    void connect() throws Exception {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        pool = Executors.newFixedThreadPool(2);
        Moderators.ensure("alice", "moderator");
        Moderators.ensure("bob", "moderator");
        // Pays for bcrypt and opens both connections before the first round.
        race(get("alice", "api/v1/moderation/stats"), get("bob", "api/v1/moderation/stats"));
    }

    @AfterEach
    void disconnect() {
        pool.shutdownNow();
    }

    @Test
    void differentDecisionsAtTheSameInstantApplyOneAndRefuseTheOther() throws Exception {
        List<String> ids = pendingComments(ROUNDS);
        List<List<Answer>> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> actions = DIFFERENT_ACTIONS.get(round % DIFFERENT_ACTIONS.size());
            String id = ids.get(round);
            rounds.add(race(decision("alice", id, actions.get(0)), decision("bob", id, actions.get(1))));
        }

        Map<String, Stored> stored = stored(ids);
        List<String> failures = new ArrayList<>();
        int aliceWins = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Answer> answers = rounds.get(round);
            List<Answer> applied = answers.stream().filter(answer -> answer.status() == 200).toList();
            List<Answer> refused = answers.stream().filter(answer -> answer.status() == 409).toList();
            if (applied.size() != 1 || refused.size() != 1) {
                failures.add("round " + round + ": expected one 200 and one 409, got " + answers);
                continue;
            }
            Answer winner = applied.get(0);
            aliceWins += winner.moderator().equals("alice") ? 1 : 0;
            check(failures, round, "winner's answer", STATUS_OF.get(winner.action()) + " by " + winner.moderator(),
                    winner.json().getString("status") + " by " + winner.json().getString("decidedBy"));
            JsonPath problem = refused.get(0).json();
            if (problem.getInt("status") != 409
                    || !problem.getString("detail").contains("already decided as " + STATUS_OF.get(winner.action()))) {
                failures.add("round " + round + ": the refusal does not name the winner's decision: " + problem.prettify());
            }
            checkStored(failures, round, stored.get(ids.get(round)), winner);
        }
        System.out.printf("different decisions at once: alice won %d of %d rounds, bob %d%n",
                aliceWins, ROUNDS, ROUNDS - aliceWins);
        assertEquals(List.of(), failures);
    }

    @Test
    void sameDecisionAtTheSameInstantIsAppliedOnce() throws Exception {
        List<String> ids = pendingComments(ROUNDS);
        double approvals = Metrics.decisions("approve");
        List<List<Answer>> rounds = new ArrayList<>();
        for (String id : ids) {
            rounds.add(race(decision("alice", id, "approve"), decision("bob", id, "approve")));
        }

        Map<String, Stored> stored = stored(ids);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Answer> answers = rounds.get(round);
            if (answers.get(0).status() != 200 || answers.get(1).status() != 200) {
                failures.add("round " + round + ": expected 200 and 200, got " + answers);
                continue;
            }
            JsonPath first = answers.get(0).json();
            JsonPath second = answers.get(1).json();
            // The later request sees the earlier one's decision: both answers describe the same comment.
            check(failures, round, "both answers", "approved by " + first.getString("decidedBy") + " v1",
                    second.getString("status") + " by " + second.getString("decidedBy") + " v" + second.getInt("version"));
            String winner = first.getString("decidedBy");
            checkStored(failures, round, stored.get(ids.get(round)), new Answer(winner, "approve", 200, null));
        }
        assertEquals(List.of(), failures);
        assertEquals(approvals + ROUNDS, Metrics.decisions("approve"), "one counted approval per comment");
    }

    @Test
    void bulkAndSingleDecisionsAtTheSameInstantApplyOneAndRefuseTheOther() throws Exception {
        List<String> ids = pendingComments(ROUNDS);
        List<List<Answer>> rounds = new ArrayList<>();
        for (String id : ids) {
            rounds.add(race(bulk("alice", id, "reject"), decision("bob", id, "approve")));
        }

        Map<String, Stored> stored = stored(ids);
        List<String> failures = new ArrayList<>();
        int bulkWins = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Answer bulk = rounds.get(round).get(0);
            Answer single = rounds.get(round).get(1);
            if (bulk.status() != 200) {
                failures.add("round " + round + ": bulk answered " + bulk);
                continue;
            }
            String outcomes = bulk.json().getString("results[0].outcome") + "/" + single.status();
            if (outcomes.equals("applied/409")) {
                bulkWins++;
                checkStored(failures, round, stored.get(ids.get(round)), bulk);
            } else if (outcomes.equals("conflict/200")) {
                checkStored(failures, round, stored.get(ids.get(round)), single);
            } else {
                failures.add("round " + round + ": bulk and single answered " + outcomes
                        + ", not one applied and one refused: " + rounds.get(round));
            }
        }
        System.out.printf("bulk against single at once: bulk won %d of %d rounds%n", bulkWins, ROUNDS);
        assertEquals(List.of(), failures);
    }

    /** The stored comment and its history show the winner's decision, once. */
    private static void checkStored(List<String> failures, int round, Stored stored, Answer winner) {
        String decision = winner.action() + " by " + winner.moderator();
        check(failures, round, "stored comment", STATUS_OF.get(winner.action()) + " by " + winner.moderator(),
                stored.status() + " by " + stored.decidedBy());
        check(failures, round, "history", List.of(decision).toString(), stored.decisions().toString());
    }

    private static void check(List<String> failures, int round, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add("round " + round + ": " + what + " expected <" + expected + "> but was <" + actual + ">");
        }
    }

    /** Sends both requests from two threads released together, and waits for both answers. */
    private List<Answer> race(Request first, Request second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Answer> one = pool.submit(() -> send(start, first));
        Future<Answer> other = pool.submit(() -> send(start, second));
        return List.of(one.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), other.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }

    private Answer send(CyclicBarrier start, Request request) throws Exception {
        start.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        HttpResponse<String> response = client.send(request.http(), HttpResponse.BodyHandlers.ofString());
        return new Answer(request.moderator(), request.action(), response.statusCode(), response.body());
    }

    private Request decision(String moderator, String id, String action) {
        return post(moderator, action, "comments/" + id + "/decision", "{\"action\":\"" + action + "\"}");
    }

    private Request bulk(String moderator, String id, String action) {
        return post(moderator, action, "decisions", "{\"action\":\"" + action + "\",\"ids\":[\"" + id + "\"]}");
    }

    private Request post(String moderator, String action, String path, String json) {
        return new Request(moderator, action, signedIn(moderator, "api/v1/moderation/" + path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private Request get(String moderator, String path) {
        return new Request(moderator, null, signedIn(moderator, path).GET().build());
    }

    private HttpRequest.Builder signedIn(String moderator, String path) {
        String credentials = moderator + ":" + Moderators.PASSWORD;
        return HttpRequest.newBuilder(server.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** Submits the comments all at once: the group commit stores them in a few transactions. */
    private List<String> pendingComments(int count) {
        String thread = Comments.newThread();
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, count)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(server.resolve("api/v1/comments"))
                                .timeout(TIMEOUT)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"thread\":\"" + thread + "\",\"name\":\"Ada\","
                                        + "\"email\":\"ada@example.org\",\"body\":\"Race " + i + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return sent.stream()
                .map(CompletableFuture::join)
                .peek(response -> assertEquals(202, response.statusCode(), response.body()))
                .map(response -> JsonPath.from(response.body()).getString("id"))
                .toList();
    }

    /** Reads every raced comment and its decisions from the database in one go. */
    private static Map<String, Stored> stored(List<String> ids) {
        CommentHistory history = Arc.container().instance(CommentHistory.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ids.stream().map(Comments::find)
                .collect(Collectors.toMap(comment -> comment.id.toString(), comment -> new Stored(
                        comment.status.wireName(), comment.decidedBy, history.of(comment.id).stream()
                        .filter(event -> Moderation.DECISION_ACTIONS.contains(event.action))
                        .map(event -> event.action + " by " + event.actor)
                        .toList()))));
    }
}
