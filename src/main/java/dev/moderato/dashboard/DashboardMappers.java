package dev.moderato.dashboard;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the dashboard's refusals read: the sign-in page, or a 403 page in the moderator's language. */
public class DashboardMappers {

    private final Visit visit;

    DashboardMappers(Visit visit) {
        this.visit = visit;
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequired e) {
        String next = e.returnTo.equals(Paths.QUEUE) ? "" : "?next=" + URLEncoder.encode(e.returnTo, StandardCharsets.UTF_8);
        return Html.seeOther(Paths.SIGN_IN + next);
    }

    @ServerExceptionMapper
    public Response refused(Refused e) {
        Frame frame = Frame.of(visit, visit.quietly().orElse(null), "");
        return Html.page(Response.Status.FORBIDDEN, frame, Pages.refused(frame, e.why.name()));
    }
}
