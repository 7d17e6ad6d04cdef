package dev.moderato.screening;

import dev.moderato.platform.i18n.Messages;
import dev.moderato.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** A submission refused before it is stored: the client is told why, in its language, and nothing is kept. */
public class Rejection extends RuntimeException {

    private final Response.Status status;
    private final String outcome;
    private final Long retryAfterSeconds;

    /**
     * @param outcome what {@code moderato_submissions_total} counts it as; the reader's sentence is
     *                the message {@code screening.<outcome>}, given {@code retryAfterSeconds} as argument
     */
    public Rejection(Response.Status status, String outcome, Long retryAfterSeconds) {
        super(outcome, null, false, false);
        this.status = status;
        this.outcome = outcome;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String outcome() {
        return outcome;
    }

    public Response.Status status() {
        return status;
    }

    public String message(Locale locale) {
        return retryAfterSeconds == null ? Messages.get("screening." + outcome, locale)
                : Messages.get("screening." + outcome, locale, retryAfterSeconds);
    }

    public Response toResponse(Locale locale) {
        return withRetryAfter(Problem.of(status, message(locale)).toResponse());
    }

    /** Adds {@code Retry-After} when waiting helps: to the problem+json answer, or to a form post's page. */
    public Response withRetryAfter(Response response) {
        return retryAfterSeconds == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
