package dev.moderato.screening.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.screening.learning.LeaveOneVideoOut.Outcome;
import dev.moderato.screening.learning.LeaveOneVideoOut.Summary;
import dev.moderato.screening.learning.YoutubeSpamCollection.Comment;
import dev.moderato.screening.learning.YoutubeSpamCollection.Video;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The leave-one-video-out evaluation through the HTTP API, as a site would live it: for each video, the filter is
 * reset, the other three videos' comments are submitted and decided by a moderator (approve or spam, as the
 * collection labels them), and the held-out video's comments are submitted; what screening did to them is read
 * from the moderation queue. Asserts the target at the default thresholds.
 */
@QuarkusTest
@TestProfile(ClassifierProfile.class)
class ClassifierHttpEvaluationTest {

    private static final String MODERATOR = "evaluation-moderator";
    private static final int PAGE = 200;
    private static final int CLIENTS = 8;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Executor DECIDERS = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "evaluation-moderator");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeAll
    static void needsTheCollection() {
        assumeTrue(YoutubeSpamCollection.isPresent(), YoutubeSpamCollection::absence);
    }

    @Test
    void filterMeetsTheTargetOnVideosItHasNotSeen() {
        List<Video> videos = YoutubeSpamCollection.videos();
        List<Outcome> outcomes = new ArrayList<>();
        for (Video heldOut : videos) {
            outcomes.add(fold(videos, heldOut));
        }
        Summary summary = LeaveOneVideoOut.summarise(outcomes);
        System.out.printf(Locale.ROOT, "%nLeave-one-video-out through the HTTP API, hold at %s, spam at %s:%n%s",
                ModeratoConfig.Classifier.DEFAULT_HOLD_THRESHOLD, ModeratoConfig.Classifier.DEFAULT_SPAM_THRESHOLD, summary.table());
        assertTrue(summary.meetsTarget(), () -> "the target is at least 95 % of spam caught, at most 1 % of legitimate"
                + " comments binned and 10 % held on average; at least 90 %, at most 2 % and 25 % on the worst video:\n"
                + summary.table());
    }

    private static Outcome fold(List<Video> videos, Video heldOut) {
        long started = System.nanoTime();
        ClassifierApi.reset();
        List<String> spam = new ArrayList<>();
        List<String> legitimate = new ArrayList<>();
        for (Video video : videos) {
            if (video != heldOut) {
                List<String> ids = submitAll(Comments.newThread(), video.comments());
                for (int i = 0; i < ids.size(); i++) {
                    (video.comments().get(i).spam() ? spam : legitimate).add(ids.get(i));
                }
            }
        }
        long submitted = System.nanoTime();
        decideAll("spam", spam);
        decideAll("approve", legitimate);
        long decided = System.nanoTime();
        ClassifierApi.awaitLearned(spam.size(), legitimate.size());
        long learned = System.nanoTime();

        String thread = Comments.newThread();
        List<String> ids = submitAll(thread, heldOut.comments());
        Map<String, Boolean> isSpam = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            isSpam.put(ids.get(i), heldOut.comments().get(i).spam());
        }
        long judged = System.nanoTime();
        Set<String> binned = judgedByTheFilter("spam", thread);
        Set<String> held = judgedByTheFilter("pending", thread);
        System.out.printf(Locale.ROOT, "%s held out: %d ms to submit the others' comments, %d to decide them, %d to learn,"
                        + " %d to submit its own, %d to read the verdicts%n", heldOut.name(), (submitted - started) / 1_000_000,
                (decided - submitted) / 1_000_000, (learned - decided) / 1_000_000, (judged - learned) / 1_000_000,
                (System.nanoTime() - judged) / 1_000_000);
        long spamCount = isSpam.values().stream().filter(Boolean::booleanValue).count();
        long legitimateCount = isSpam.size() - spamCount;
        long caught = isSpam.entrySet().stream().filter(entry -> entry.getValue()
                && (binned.contains(entry.getKey()) || held.contains(entry.getKey()))).count();
        long legitimateBinned = isSpam.entrySet().stream().filter(entry -> !entry.getValue() && binned.contains(entry.getKey())).count();
        long legitimateHeld = isSpam.entrySet().stream().filter(entry -> !entry.getValue() && held.contains(entry.getKey())).count();
        return new Outcome(heldOut.name(), (int) spamCount, (int) legitimateCount, (double) caught / spamCount,
                (double) legitimateBinned / legitimateCount, (double) legitimateHeld / legitimateCount);
    }

    /**
     * Submits the comments on the thread, several at once as readers do; their ids in the same order. With the JDK's
     * HTTP client rather than REST Assured, whose per-request cost made this test four times as long.
     */
    private static List<String> submitAll(String thread, List<Comment> comments) {
        List<CompletableFuture<String>> ids = new ArrayList<>();
        Semaphore clients = new Semaphore(CLIENTS);
        for (Comment comment : comments) {
            clients.acquireUninterruptibly();
            ids.add(HTTP.sendAsync(submission(thread, comment), HttpResponse.BodyHandlers.ofString())
                    .thenApply(ClassifierHttpEvaluationTest::receiptId)
                    .whenComplete((id, failure) -> clients.release()));
        }
        return ids.stream().map(CompletableFuture::join).toList();
    }

    /** Decides the comments in bulk requests of 200, several at once: each decision commits on its own. */
    private static void decideAll(String action, List<String> ids) {
        Moderators.ensure(MODERATOR, "moderator");
        List<CompletableFuture<Void>> requests = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + PAGE));
            requests.add(CompletableFuture.runAsync(() -> ClassifierApi.decideAll(MODERATOR, action, batch), DECIDERS));
        }
        requests.forEach(CompletableFuture::join);
    }

    /** As the collection's author posted it: no email to learn from (a fresh one each), no website. */
    private static HttpRequest submission(String thread, Comment comment) {
        Map<String, Object> body = Map.of("thread", thread, "name", comment.author(), "email", Submissions.newEmail(),
                "body", comment.body());
        try {
            return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + Submissions.PATH))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String receiptId(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("id").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The comments of the thread in this status that carry the filter's reason. */
    private static Set<String> judgedByTheFilter(String status, String thread) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonPath queue = Moderators.as(MODERATOR).queryParam("status", status).queryParam("thread", thread)
                    .queryParam("page", page).queryParam("size", PAGE)
                    .when().get("/api/v1/moderation/comments")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = queue.getList("items");
            for (Map<String, Object> item : items) {
                List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("reasons");
                if (reasons.stream().anyMatch(reason -> ClassifierScreen.CODE.equals(reason.get("code")))) {
                    ids.add((String) item.get("id"));
                }
            }
            if (items.size() < PAGE) {
                return ids;
            }
        }
    }
}
