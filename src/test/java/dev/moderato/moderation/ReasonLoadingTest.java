package dev.moderato.moderation;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A queue page reads the reasons of all its comments in one query (CommentStore): each comment must
 * still get its own reasons, and none of another's.
 */
@QuarkusTest
class ReasonLoadingTest {

    @Inject
    ModerationService moderation;

    @Test
    void everyCommentOfAQueuePageCarriesItsOwnReasons() {
        String thread = Comments.newThread();
        Map<String, Integer> linksById = new HashMap<>();
        for (int links = 0; links < 8; links++) {
            linksById.put(Comments.submit(Comments.saying(thread, sources(links))), links);
        }

        QueuePage page = moderation.queue(CommentStatus.PENDING, thread, null, 0, 50);

        assertEquals(8, page.items().size());
        for (ModeratedComment item : page.items()) {
            int links = linksById.get(item.id());
            if (links > 2) {
                assertEquals(1, item.reasons().size(), item.id() + " with " + links + " links: " + item.reasons());
                Reason reason = item.reasons().get(0);
                assertEquals("too_many_links", reason.code());
                assertTrue(reason.detail().startsWith("Links: " + links + ";"), reason.detail());
            } else {
                assertEquals(List.of(), item.reasons(), item.id() + " with " + links + " links");
            }
        }
    }

    @Test
    void aPageOfTheLargestSizeHasTheReasonsOfEveryComment() {
        String thread = Comments.newThread();
        int largest = ModerationResource.LARGEST_PAGE;
        for (int i = 0; i <= largest; i++) {
            Comments.submit(Comments.saying(thread, sources(3)));
        }

        QueuePage page = moderation.queue(CommentStatus.PENDING, thread, null, 0, largest);

        assertEquals(largest, page.items().size());
        page.items().forEach(item -> assertEquals(List.of("too_many_links"),
                item.reasons().stream().map(Reason::code).toList(), item.id()));
    }

    private static String sources(int links) {
        StringBuilder body = new StringBuilder("Sources:");
        for (int i = 0; i < links; i++) {
            body.append(" https://example.org/source-").append(i);
        }
        return body.toString();
    }
}
