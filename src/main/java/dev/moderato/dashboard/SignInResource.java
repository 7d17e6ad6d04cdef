package dev.moderato.dashboard;

import dev.moderato.platform.problem.SignInThrottledException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;

/**
 * Signing in and out of the dashboard. The password is checked by the same identity provider as the API's HTTP
 * Basic, so a failed sign-in here counts against the same limits per client address and per username, and a
 * throttled one is refused before bcrypt runs.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final Duration LANGUAGE_REMEMBERED = Duration.ofDays(365);

    private final Visit visit;
    private final DashboardSessions sessions;
    private final IdentityProviderManager identities;
    private final CurrentVertxRequest current;

    SignInResource(Visit visit, DashboardSessions sessions, IdentityProviderManager identities, CurrentVertxRequest current) {
        this.visit = visit;
        this.sessions = sessions;
        this.identities = identities;
        this.current = current;
    }

    @GET
    @Path("/sign-in")
    public Response form(@QueryParam("next") String next, @QueryParam("signed-out") String signedOut) {
        Frame frame = Frame.of(visit, null, "sign-in");
        return Html.ok(frame, Pages.signIn(frame, safe(next), "", false, 0, signedOut != null));
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("next") String next) {
        visit.refuseCrossSite();
        Frame frame = Frame.of(visit, null, "sign-in");
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return wrongCredentials(frame, next, name);
        }
        try {
            SecurityIdentity identity = check(name, password);
            sessions.end(visit.token()); // a session of the browser from before is not carried over
            String token = sessions.start(identity.getPrincipal().getName());
            return Response.seeOther(URI.create(safe(next))).cookie(sessionCookie(token, -1)).build();
        } catch (AuthenticationFailedException wrong) {
            return wrongCredentials(frame, next, name);
        } catch (SignInThrottledException throttled) {
            return Response.fromResponse(Html.page(Response.Status.TOO_MANY_REQUESTS, frame,
                            Pages.signIn(frame, safe(next), name, false, throttled.retryAfterSeconds(), false)))
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()).build();
        }
    }

    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf) {
        visit.posted(csrf);
        sessions.end(visit.token());
        return Response.seeOther(URI.create(Paths.SIGN_IN + "?signed-out=1")).cookie(sessionCookie("", 0)).build();
    }

    /** The language switch: remembered in a cookie of its own, then back to the page it was used on. */
    @GET
    @Path("/language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = "fr".equals(to) ? "fr" : "en";
        NewCookie cookie = new NewCookie.Builder(Visit.LANGUAGE_COOKIE).value(lang).path(Paths.ROOT)
                .maxAge((int) LANGUAGE_REMEMBERED.toSeconds()).httpOnly(true).secure(visit.overTls())
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.fromResponse(Html.seeOther(safe(back))).cookie(cookie).build();
    }

    /** 401 asks for credentials in a header of a scheme no browser answers by itself: the page's form asks. */
    private static Response wrongCredentials(Frame frame, String next, String username) {
        return Response.fromResponse(Html.page(Response.Status.UNAUTHORIZED, frame,
                        Pages.signIn(frame, safe(next), username, true, 0, false)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Form realm=\"Moderato dashboard\"").build();
    }

    /** Through the identity provider of HTTP Basic: its limits, its bcrypt threads, its failures. */
    private SecurityIdentity check(String username, String password) {
        UsernamePasswordAuthenticationRequest request =
                new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(request, current.getCurrent());
        return identities.authenticate(request).await().atMost(Duration.ofMinutes(1));
    }

    /**
     * The session cookie: never readable by scripts, never sent with another site's request, only over TLS when
     * the browser uses TLS, and only to the dashboard. No expiry: it lasts as long as the browser's session,
     * and the server ends it sooner when it lies idle.
     */
    private NewCookie sessionCookie(String token, int maxAge) {
        return new NewCookie.Builder(Visit.SESSION_COOKIE).value(token).path(Paths.ROOT).maxAge(maxAge)
                .httpOnly(true).secure(visit.overTls()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static String safe(String next) {
        return Paths.isDashboard(next) ? next : Paths.QUEUE;
    }
}
