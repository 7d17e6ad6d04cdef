package dev.moderato.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.problem.Problem;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every request body whole on the event loop before a resource sees it, so that no worker thread waits on a
 * client that trickles its body; a body still incomplete after {@code moderato.http.body-read-timeout} is answered
 * 408. A body over {@code quarkus.http.limits.max-body-size}, declared or chunked, is answered 413 with the same
 * problem+json as every other error (or a page, for a form post), before any of it is parsed; so is a
 * Content-Type that names no media type or a charset other than UTF-8 (415), which the REST layer would
 * otherwise fail on with a 500.
 *
 * <p>The routes of {@link #STREAMED} are the exception: an export of years of comments is larger than memory should
 * hold, so their body is left to the resource to read as a stream, on the worker thread that imports it, up to
 * {@code moderato.import.max-size}; a declared length over it is refused here, as every other body's is.
 */
@ApplicationScoped
public class RequestBodies {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class);
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** Paths whose POST body is streamed to the resource: the import, from the API and from the dashboard. */
    private static final Set<String> STREAMED = Set.of("/api/v1/admin/imports", "/dashboard/imports");

    private final long maxBytes;
    private final long maxStreamedBytes;
    private final Duration readTimeout;
    private final ObjectMapper json;
    private final Template tooLargePage;
    private final Vertx vertx;

    RequestBodies(ModeratoConfig config, ObjectMapper json, @Location("too-large.html") Template tooLargePage, Vertx vertx) {
        this.maxBytes = config.http().maxBodySize().asLongValue();
        this.maxStreamedBytes = config.importing().maxSize().asLongValue();
        this.readTimeout = config.http().bodyReadTimeout();
        this.json = json;
        this.tooLargePage = tooLargePage;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::read);
        // Quarkus's own limit (order -2) counts a chunked body as the REST layer reads it and answers a bare 413; a
        // streamed body is counted by its reader instead, which refuses it with problem+json and stores nothing.
        router.route().order(-1).handler(context -> {
            if (isStreamed(context.request())) {
                context.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
            }
            context.next();
        });
    }

    private static boolean isStreamed(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && STREAMED.contains(request.path());
    }

    private void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!WITH_BODY.contains(request.method()) || request.isEnded()) {
            context.next();
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !MediaTypes.isReadable(contentType)) {
            refuse(context, Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is not a media type this service reads; send application/json or a form, in UTF-8.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (isStreamed(request)) {
            if (length != null && isOver(length, maxStreamedBytes)) {
                refuse(context, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The export is larger than "
                        + maxStreamedBytes / (1024 * 1024) + " MiB (moderato.import.max-size).");
                return;
            }
            context.next();
            return;
        }
        if (length != null && isOver(length, maxBytes)) {
            refuse(context, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than " + maxBytes / 1024 + " KiB.");
            return;
        }
        Buffer body = Buffer.buffer();
        long timer = vertx.setTimer(readTimeout.toMillis(), expired -> refuse(context, Response.Status.REQUEST_TIMEOUT,
                "The request body did not arrive in time."));
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                vertx.cancelTimer(timer);
                refuse(context, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than " + maxBytes / 1024 + " KiB.");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            vertx.cancelTimer(timer);
            // Readers close tabs and lose signal mid-post: normal, nothing was stored, no one is left to answer.
            LOG.debugf("The client closed the connection before its request body was complete: %s",
                    failure.getClass().getName());
        });
        request.endHandler(ended -> {
            vertx.cancelTimer(timer);
            if (!context.response().ended()) {
                ((RoutingContextInternal) context).setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext context, Response.Status status, String detail) {
        if (context.response().ended()) {
            return;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED);
        String body = form && status == Response.Status.REQUEST_ENTITY_TOO_LARGE ? tooLargePage.render() : problemJson(status, detail);
        context.response()
                .setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, body.startsWith("{") ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static boolean isOver(String length, long maxBytes) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException malformed) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private String problemJson(Response.Status status, String detail) {
        try {
            return json.writeValueAsString(Problem.of(status, detail));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
