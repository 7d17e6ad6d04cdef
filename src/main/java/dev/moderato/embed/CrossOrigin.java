package dev.moderato.embed;

import dev.moderato.platform.http.AllowedOrigins;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for the public API and the widget, for the sites in {@code moderato.allowed-origins} only: a site's page
 * reads threads and posts comments from the browser. The moderator and admin APIs never answer it, whatever the
 * origin. Quarkus's own CORS filter applies to every path at once, which is why this small one exists.
 *
 * <p>No credentials are allowed: the widget sends no cookie and needs none. A preflight on these paths is answered
 * here (204), with the CORS headers only for an allowed origin, so a page of another origin learns nothing more.
 */
@ApplicationScoped
public class CrossOrigin {

    /** The public API's paths and the widget; {@code /api/v1/moderation/…} and {@code /api/v1/admin/…} are not among them. */
    static final Pattern PUBLIC = Pattern.compile("/api/v1/comments(/count|/form-token)?/?|/embed\\.js");
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST", "HEAD");
    private static final String MAX_AGE = "86400";

    private final AllowedOrigins allowed;

    CrossOrigin(AllowedOrigins allowed) {
        this.allowed = allowed;
    }

    void install(@Observes Router router) {
        // Before the request body is read (RequestBodies, Integer.MIN_VALUE): a preflight has none and ends here.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!PUBLIC.matcher(request.path()).matches()) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> varyByOrigin(response));
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowedOrigin = allowed.allows(origin);
        if (allowedOrigin) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() != HttpMethod.OPTIONS || preflight == null) {
            context.next();
            return;
        }
        if (allowedOrigin && ALLOWED_METHODS.contains(preflight.strip())) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        } else {
            response.headers().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        }
        response.setStatusCode(204).end();
    }

    /** One Vary header naming Origin beside whatever the answer varies by already (Accept-Encoding). */
    private static void varyByOrigin(HttpServerResponse response) {
        Set<String> names = new LinkedHashSet<>();
        response.headers().getAll(HttpHeaders.VARY).forEach(header -> {
            for (String name : header.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        });
        names.add("Origin");
        response.headers().set(HttpHeaders.VARY, String.join(", ", names));
    }
}
