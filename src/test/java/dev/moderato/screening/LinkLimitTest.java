package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.support.Comments.saying;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.submitExpecting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The default limit is 2 links. */
@QuarkusTest
class LinkLimitTest {

    @Test
    void moreLinksThanAllowedHoldTheCommentWithAReason() {
        String thread = Comments.newThread();

        submitExpecting("pending",
                saying(thread, "See https://a.example/1, http://b.example/2 and HTTPS://c.example/3 for more."));

        JsonPath held = onlyQueued("pending", thread);
        assertEquals(List.of(Map.of("code", "too_many_links", "detail", "Links: 3; more than 2 need a moderator's review.")),
                held.getList("reasons"));
    }

    @Test
    void heldCommentHasASystemHoldEntryInItsHistory() {
        String thread = Comments.newThread();

        String id = submitExpecting("pending",
                saying(thread, "https://a.example https://b.example https://c.example https://d.example"));

        JsonPath history = history(id);
        assertEquals(1, history.getList("$").size());
        assertEquals("system", history.getString("[0].actor"));
        assertEquals("hold", history.getString("[0].action"));
        assertNull(history.get("[0].fromStatus"));
        assertEquals("pending", history.getString("[0].toStatus"));
        assertEquals("too_many_links", history.getString("[0].reason"));
    }

    @Test
    void exactlyTheAllowedNumberOfLinksCarriesNoReason() {
        String thread = Comments.newThread();

        String id = submitExpecting("pending", saying(thread, "Compare https://a.example/1 with https://b.example/2."));

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
        assertEquals(List.of(), history(id).getList("$"));
    }

    @Test
    void onlyHttpAndHttpsAddressesCountAsLinks() {
        String thread = Comments.newThread();

        submitExpecting("pending", saying(thread, "Mail me at mailto:ada@example.org, fetch ftp://files.example/x, "
                + "visit www.example.com or example.org/page, and https://one.example."));

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }
}
