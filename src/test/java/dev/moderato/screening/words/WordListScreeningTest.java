package dev.moderato.screening.words;

import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Threads;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.moderato.support.ModerationQueue.historyOf;
import static dev.moderato.support.ModerationQueue.queued;
import static dev.moderato.support.Submissions.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WordListScreeningTest {

    @Inject
    WordLists wordLists;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void lists() {
        WordListApi.replace("disallowed", "casino", "Cheap pills");
        WordListApi.replace("moderation", "refund");
    }

    @AfterEach
    void restore() {
        WordListApi.empty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "body    | Best Casino in town!         | casino      | body",
            "body    | Buy CHEAP \\n\\n pills today     | Cheap pills | body",
            "name    | Casino King                  | casino      | name",
            "email   | casino@example.com           | casino      | email address",
            "website | https://casino.example.org/  | casino      | website"})
    void disallowedWordInAnyFieldStoresTheCommentAsSpam(String field, String value, String word, String label) {
        String thread = Comments.newThread();
        String id = post(Comments.with(Comments.valid(thread), field, value.replace("\\n", "\n")))
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("status", equalTo("pending"))
                .extract().path("id");

        queued("spam", thread)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("spam"))
                .body("items[0].reasons.code", contains("disallowed_word"))
                .body("items[0].reasons[0].detail", equalTo("The " + label + " contains \"" + word + "\", on the disallowed list."));
        queued("pending", thread).body("items", empty());
        historyOf(id)
                .body("", hasSize(1))
                .body("[0].actor", equalTo("system"))
                .body("[0].action", equalTo("spam"))
                .body("[0].toStatus", equalTo("spam"))
                .body("[0].reason", equalTo("disallowed_word"));
    }

    @Test
    void clientCannotTellSpamFromACleanComment() {
        ExtractableResponse<Response> clean = post(Comments.valid(Comments.newThread())).extract();
        ExtractableResponse<Response> spam = post(Comments.saying(Comments.newThread(), "casino")).extract();

        assertEquals(202, clean.statusCode());
        assertEquals(clean.statusCode(), spam.statusCode());
        assertEquals(clean.contentType(), spam.contentType());
        assertEquals(clean.jsonPath().getMap("").keySet(), spam.jsonPath().getMap("").keySet());
        assertEquals("pending", spam.path("status"));
        assertEquals(clean.<String>path("status"), spam.path("status"));
    }

    @Test
    void moderationWordHoldsTheCommentEvenOnAPostModeratedThread() {
        String thread = Threads.postModerated();
        post(Comments.valid(thread)).statusCode(202).body("status", equalTo("approved"));

        String id = post(Comments.saying(thread, "I want a Refund."))
                .statusCode(202)
                .body("status", equalTo("pending"))
                .extract().path("id");

        queued("pending", thread)
                .body("items.id", contains(id))
                .body("items[0].reasons.code", contains("moderation_word"))
                .body("items[0].reasons[0].detail", equalTo("The body contains \"refund\", on the moderation list."));
        historyOf(id)
                .body("actor", contains("system"))
                .body("[0].action", equalTo("hold"))
                .body("[0].toStatus", equalTo("pending"))
                .body("[0].reason", equalTo("moderation_word"));
    }

    @Test
    void disallowedWordWinsOverAModerationWordInAnEarlierField() {
        String thread = Comments.newThread();
        Map<String, Object> comment = Comments.with(Comments.valid(thread), "name", "Refund desk");
        post(Comments.with(comment, "body", "Try the casino")).statusCode(202);

        queued("spam", thread).body("items[0].reasons.code", contains("disallowed_word"));
    }

    @Test
    void partsOfWordsAndUnlistedWordsLetTheCommentThrough() {
        String thread = Threads.postModerated();
        String body = "Occasional casinos? The pericasino refunds were cheap; pills for the pillbox.";
        post(Comments.saying(thread, body)).statusCode(202).body("status", equalTo("approved"));

        queued("approved", thread).body("items", hasSize(1)).body("items[0].reasons", empty());
    }

    @Test
    void aChangedListAppliesToTheNextSubmission() {
        String before = Comments.newThread();
        post(Comments.saying(before, "Roulette tonight")).statusCode(202);
        queued("pending", before).body("items", hasSize(1)).body("items[0].reasons", empty());

        WordListApi.replace("disallowed", "roulette");
        String during = Comments.newThread();
        post(Comments.saying(during, "Roulette tonight")).statusCode(202);
        queued("spam", during).body("items[0].reasons.code", contains("disallowed_word"));

        WordListApi.replace("disallowed");
        String after = Comments.newThread();
        post(Comments.saying(after, "Roulette tonight")).statusCode(202);
        queued("pending", after).body("items", hasSize(1)).body("items[0].reasons", empty());
    }

    @Test
    void screeningReadsTheListsFromMemoryAndTheRefreshBringsInChangesFromOtherReplicas() {
        scheduler.pause(WordLists.REFRESH_JOB);
        try {
            // Another replica's change, as it reaches the table: WordLists.replace would also update this
            // replica's memory, which is what the test shows the refresh does.
            Database.sql().update("insert into word_list_entry (list, word) values (?, ?)", WordList.DISALLOWED.key(), "blackjack");

            String unseen = Comments.newThread();
            post(Comments.saying(unseen, "Blackjack!")).statusCode(202);
            queued("pending", unseen).body("items", hasSize(1));

            wordLists.refresh();
            String seen = Comments.newThread();
            post(Comments.saying(seen, "Blackjack!")).statusCode(202);
            queued("spam", seen).body("items[0].reasons.code", contains("disallowed_word"));
            assertEquals(List.of("blackjack", "casino", "Cheap pills"), WordListApi.words("disallowed"));
        } finally {
            scheduler.resume(WordLists.REFRESH_JOB);
        }
    }

}
