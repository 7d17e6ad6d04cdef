package dev.moderato.screening.words;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moderato.support.Comments.saying;
import static dev.moderato.support.ModerationQueue.queued;
import static dev.moderato.support.Submissions.submitExpecting;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(SeededWordListsProfile.class)
class WordListSeedingTest {

    @Inject
    WordLists wordLists;

    @AfterEach
    void restore() {
        WordListApi.replace("disallowed", "casino", "cheap pills");
        WordListApi.replace("moderation", "refund");
    }

    @Test
    void configuredWordsAreInTheListsAtStart() {
        assertEquals(List.of("casino", "cheap pills"), WordListApi.words("disallowed"));
        assertEquals(List.of("refund"), WordListApi.words("moderation"));
    }

    @Test
    void configuredWordsScreenSubmissionsFromTheStart() {
        String spam = Comments.newThread();
        submitExpecting("pending", saying(spam, "Cheap   pills, delivered"));
        queued("spam", spam).body("items", hasSize(1)).body("items[0].reasons.code", contains("disallowed_word"));

        String held = Comments.newThread();
        submitExpecting("pending", saying(held, "Refund please"));
        queued("pending", held).body("items", hasSize(1)).body("items[0].reasons.code", contains("moderation_word"));
    }

    @Test
    void startingAgainDoesNotUndoAnAdministratorsEdits() {
        WordListApi.replace("disallowed");
        WordListApi.replace("moderation", "lottery");

        for (WordList list : WordList.values()) {
            wordLists.seedFromConfiguration(list);
        }
        wordLists.refresh();

        assertEquals(List.of(), WordListApi.words("disallowed"));
        assertEquals(List.of("lottery"), WordListApi.words("moderation"));
        String thread = Comments.newThread();
        submitExpecting("pending", saying(thread, "The casino sells cheap pills"));
        queued("pending", thread).body("items", hasSize(1)).body("items[0].reasons", empty());
    }
}
