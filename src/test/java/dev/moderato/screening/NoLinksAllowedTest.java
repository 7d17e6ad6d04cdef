package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.support.Comments.saying;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.submitExpecting;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.screening.max-links is 0 here. */
@QuarkusTest
@TestProfile(ScreeningSettingsProfile.class)
class NoLinksAllowedTest {

    @Test
    void singleLinkHoldsTheComment() {
        String thread = Comments.newThread();

        submitExpecting("pending", saying(thread, "Source: https://news.example.com/story"));

        assertEquals(List.of(Map.of("code", "too_many_links", "detail", "Links: 1; more than 0 need a moderator's review.")),
                onlyQueued("pending", thread).getList("reasons"));
    }

    @Test
    void commentWithoutLinksCarriesNoReasonEvenWithAWebsite() {
        String thread = Comments.newThread();

        submitExpecting("pending", saying(thread, "No links here, only words."));

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }
}
