package dev.moderato.dashboard;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Dashboard answers: pages rendered in the frame's language, and redirects after a post. */
final class Html {

    static final MediaType TYPE = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Html() {
    }

    static Response page(Response.Status status, Frame frame, TemplateInstance page) {
        return page(status.getStatusCode(), frame, page);
    }

    static Response page(int status, Frame frame, TemplateInstance page) {
        return Response.status(status).type(TYPE).entity(page.setLocale(frame.locale()).render()).build();
    }

    static Response ok(Frame frame, TemplateInstance page) {
        return page(Response.Status.OK, frame, page);
    }

    /** 303 See Other to a dashboard path: the browser GETs it, and reloading it posts nothing again. */
    static Response seeOther(String dashboardPath) {
        return Response.seeOther(URI.create(Paths.isDashboard(dashboardPath) ? dashboardPath : Paths.QUEUE)).build();
    }
}
