package dev.moderato.dashboard;

import dev.moderato.moderation.ModerationService;
import dev.moderato.moderation.QueueStats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Stats at a glance: the queue's numbers, and the moderators' decisions per day drawn on the server. */
@Path("/dashboard/stats")
@Produces(MediaType.TEXT_HTML)
public class StatsResource {

    static final int DAYS = 28;

    private final Visit visit;
    private final ModerationService moderation;
    private final Clock clock;

    StatsResource(Visit visit, ModerationService moderation, Clock clock) {
        this.visit = visit;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** The page's numbers and chart. */
    public record StatsView(QueueStats counts, DecisionChart chart, int days) {
    }

    @GET
    public Response stats() {
        Frame frame = Frame.of(visit, visit.signedIn(), "stats");
        Instant now = clock.instant();
        DecisionChart chart = DecisionChart.of(moderation.decisionsPerDay(DAYS, now),
                now.atZone(ZoneOffset.UTC).toLocalDate(), DAYS);
        return Html.ok(frame, Pages.stats(frame, new StatsView(moderation.stats(), chart, DAYS)));
    }
}
