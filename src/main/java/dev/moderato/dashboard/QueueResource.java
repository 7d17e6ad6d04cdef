package dev.moderato.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The moderation queue page. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {

    private final Visit visit;

    QueueResource(Visit visit) {
        this.visit = visit;
    }

    @GET
    @Path("/")
    public Response queue() {
        Session session = visit.signedIn();
        Frame frame = Frame.of(visit, session, "queue");
        return Html.ok(frame, Pages.queue(frame));
    }
}
