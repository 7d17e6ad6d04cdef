package dev.moderato.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.moderato.platform.Causes;
import dev.moderato.platform.i18n.Languages;
import dev.moderato.platform.storage.Failures;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Maps every failure to problem+json. Clients get a status and a sentence; class names, stack
 * traces and submitted values stay on the server.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @Location("malformed.html")
    Template malformedPage;

    /** A form's reader gets a page, as for every refused form post; a client of the API, problem+json. */
    @ServerExceptionMapper
    public Response malformedBody(MalformedBodyException e, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(malformedPage.render()).build();
        }
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.violations()).toResponse();
    }

    /** Screening's refusals carry a sentence in the reader's language; the others, one sentence. */
    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        Locale locale = Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return withRetryAfter(Problem.of(statusOf(e.kind()), e.detail(locale)).toResponse(), e);
    }

    public static Response.Status statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case STALE -> Response.Status.PRECONDITION_FAILED;
            case THROTTLED -> Response.Status.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            case UNSTORABLE -> Response.Status.BAD_REQUEST;
        };
    }

    /** Adds {@code Retry-After} when waiting helps: to a problem+json answer, or to a form post's page. */
    public static Response withRetryAfter(Response response, DomainException e) {
        return e.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build())
                .orElse(response);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception e) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "Sign in with HTTP Basic as a moderator.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Moderato\", charset=\"UTF-8\"")
                .build();
    }

    @ServerExceptionMapper
    public Response throttled(SignInThrottledException e) {
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins; wait before trying again.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return Problem.invalid(toViolations(e.getConstraintViolations())).toResponse();
    }

    // Listed one by one: Quarkus REST has its own mappers for the subtypes, and the closest type wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class})
    public Response malformedJson(Exception e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint.").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = Problem.of(status, detailFor(status.getStatusCode())).toResponse();
        String retryAfter = e.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        return retryAfter == null ? problem : Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    /**
     * What a constraint's own query ran into, the database's absence included, reaches here wrapped
     * by the validator; Quarkus' own mapper for it would answer a bare 500.
     */
    @ServerExceptionMapper
    public Response validationFailure(ValidationException e) {
        return unexpected(e);
    }

    /** Also the database's absence, which reaches here wrapped in whatever layer noticed it first. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (Failures.isUnavailable(e)) {
            return databaseUnavailable(e);
        }
        if (clientWentAway(e)) {
            // Readers close tabs and lose signal mid-post: normal, nothing was stored, and no one is left to
            // read the answer. Not an error to page anyone about; 400 keeps it out of the 5xx rate too.
            LOG.debugf("The client closed the connection before its request body was read: %s", e.getClass().getName());
            return Problem.of(Response.Status.BAD_REQUEST, "The connection closed before the request body was complete.")
                    .toResponse();
        }
        LOG.error("Unexpected failure while handling a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.").toResponse();
    }

    /** The body could not be read because the client closed the connection: a worker found it gone. */
    private static boolean clientWentAway(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ClosedChannelException || cause instanceof HttpClosedException);
    }

    private static Response databaseUnavailable(Exception e) {
        // The class only: a database message can quote a row's values, personal data included.
        LOG.warnf("The database is unavailable: %s", e.getClass().getName());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The service cannot reach its database right now; try again shortly.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    public static List<Violation> toViolations(java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Violation(leafName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    private static String leafName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            // An element of a list reports the list's name: "<list element>" names no field the client sent.
            boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT;
            name = node.getName() == null || element ? name : node.getName();
        }
        return name;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: send a body of the documented shape (valid JSON for JSON endpoints).";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "None of the accepted media types can be produced.";
            case 413 -> "The request body is larger than 64 KiB.";
            case 503 -> "The service cannot store comments right now; try again shortly.";
            case 415 -> "This endpoint does not accept the request's media type.";
            default -> "The request could not be handled.";
        };
    }
}
