package dev.moderato.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses a body over the limit before it is read, with the same problem+json as every other
 * error (or a page, for a form post). Vert.x enforces {@code quarkus.http.limits.max-body-size}
 * too, but with an empty 413: this answers the common case, a declared Content-Length, clearly.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;
    private final Template tooLargePage;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                  ObjectMapper json, @Location("too-large.html") Template tooLargePage) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
        this.tooLargePage = tooLargePage;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED);
        String body = form ? tooLargePage.render() : problemJson();
        context.response()
                .setStatusCode(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, form ? "text/html;charset=UTF-8" : Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException malformed) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private String problemJson() {
        try {
            return json.writeValueAsString(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + maxBytes / 1024 + " KiB."));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
