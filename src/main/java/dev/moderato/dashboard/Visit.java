package dev.moderato.dashboard;

import dev.moderato.platform.http.ClientAddress;
import dev.moderato.platform.i18n.Languages;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * One request to the dashboard: who makes it (the session of its cookie), in which language, and whether it may
 * change anything. Every page asks it for the session it needs; every form post also proves it comes from a
 * dashboard page: no other site's page, and the session's own token in the form.
 */
@RequestScoped
public class Visit {

    public static final String SESSION_COOKIE = "moderato_session";
    public static final String LANGUAGE_COOKIE = Languages.CHOICE_COOKIE;

    private final RoutingContext http;
    private final DashboardSessions sessions;
    private final ClientAddress clientAddress;

    Visit(CurrentVertxRequest current, DashboardSessions sessions, ClientAddress clientAddress) {
        this.http = current.getCurrent();
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    /** The language chosen with the switch (a cookie), else the browser's. */
    public Locale locale() {
        Cookie chosen = request().getCookie(LANGUAGE_COOKIE);
        return Languages.preferred(chosen == null ? null : chosen.getValue(), request().getHeader("Accept-Language"));
    }

    /** The signed-in moderator, or a {@link SignInRequired} that sends them to the sign-in page and back here. */
    public Session signedIn() {
        return session(true).orElseThrow(() -> new SignInRequired(returnTo()));
    }

    /** An administrator; a moderator gets the 403 page. */
    public Session admin() {
        Session session = signedIn();
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
        return session;
    }

    /** A form post of a signed-in moderator, from a dashboard page of theirs: the form's token matches the session's. */
    public Session posted(String csrf) {
        refuseCrossSite();
        Session session = signedIn();
        if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), session.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(Refused.Why.FORGED);
        }
        return session;
    }

    /** The session without counting this request as activity: the queue's background refresh. */
    public Optional<Session> quietly() {
        return session(false);
    }

    /**
     * Refuses a post another site's page made: the browser says so in {@code Sec-Fetch-Site}, or, in browsers that
     * do not send it, in {@code Origin}. What sends neither (curl, a script) has no cookie of a victim to ride on.
     */
    public void refuseCrossSite() {
        String site = request().getHeader("Sec-Fetch-Site");
        if (site != null) {
            if (!site.equals("same-origin") && !site.equals("none")) {
                throw new Refused(Refused.Why.CROSS_SITE);
            }
            return; // the browser's word; Host may be a proxy's rewrite, which Origin would not match
        }
        String origin = request().getHeader("Origin");
        if (origin != null && !sameHost(origin)) {
            throw new Refused(Refused.Why.CROSS_SITE);
        }
    }

    public String token() {
        Cookie cookie = request().getCookie(SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** Whether the session cookie must be {@code Secure}: the browser came over TLS. */
    public boolean overTls() {
        return clientAddress.overTls(request());
    }

    /** The page asked for, path and query, to come back to after signing in. */
    public String returnTo() {
        String uri = request().uri();
        return Paths.isDashboard(uri) ? uri : Paths.QUEUE;
    }

    private Optional<Session> session(boolean activity) {
        return sessions.find(token(), activity);
    }

    private boolean sameHost(String origin) {
        String host = request().getHeader("Host");
        try {
            URI parsed = URI.create(origin);
            String authority = parsed.getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false; // "null" from a sandboxed frame, or worse
        }
    }

    private HttpServerRequest request() {
        return http.request();
    }
}
