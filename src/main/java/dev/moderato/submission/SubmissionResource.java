package dev.moderato.submission;

import dev.moderato.platform.http.ClientAddress;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.screening.Rejection;
import dev.moderato.platform.i18n.Languages;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.platform.problem.Problem;
import dev.moderato.platform.problem.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

@Path("/api/v1/comments")
public class SubmissionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance received(boolean published, String back);

        static native TemplateInstance refused(String reason, String back);

        static native TemplateInstance invalid(List<Violation> violations, String back);
    }

    private final SubmissionService submissions;
    private final ClientAddress clientAddress;
    private final RedirectPolicy redirects;
    private final ModeratoConfig config;

    SubmissionResource(SubmissionService submissions, ClientAddress clientAddress, RedirectPolicy redirects,
                       ModeratoConfig config) {
        this.submissions = submissions;
        this.clientAddress = clientAddress;
        this.redirects = redirects;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a comment; it waits for moderation")
    @APIResponse(responseCode = "202", description = "Stored durably, pending moderation")
    @APIResponse(responseCode = "400", description = "Invalid fields or malformed JSON (problem+json)")
    public CompletionStage<Response> submit(JsonSubmission submission, @Context HttpServerRequest http,
                                            @Context HttpHeaders headers) {
        if (submission == null) {
            throw new BadRequestException();
        }
        FormHints hints = submission.hints(config.screening().honeypotField(), config.screening().tokenField(),
                Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return submissions.submit(submission.request(), origin(http), hints)
                .thenApply(comment -> Response.accepted(SubmissionReceipt.of(comment)).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submit a comment from a plain HTML form (Moderato or WordPress field names)")
    @APIResponse(responseCode = "303", description = "Stored; back to the allowed redirect_to")
    @APIResponse(responseCode = "200", description = "Stored; a page saying the comment awaits moderation")
    @APIResponse(responseCode = "400", description = "A page listing the fields to correct")
    public CompletionStage<Response> submitForm(MultivaluedMap<String, String> form, @Context HttpServerRequest http,
                                                @Context HttpHeaders headers) {
        FormSubmission submission = FormSubmission.from(form, config.screening().honeypotField(),
                config.screening().tokenField());
        Locale locale = Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String back = redirects.backTo(submission.redirectTo(), headers.getHeaderString("Referer"))
                .map(URI::toString).orElse(null);
        FormHints hints = FormSubmission.notifying(submission.hints(), form, locale);
        return submissions.submit(submission.request(), origin(http), hints)
                .handle((comment, failure) -> failure == null
                        ? received(comment, submission, back, locale)
                        : refusal(SubmissionService.unwrapped(failure), submission, back, locale));
    }

    /** Back to the article, its fragment marking the new comment for the widget; else a page saying it was received. */
    private Response received(Comment comment, FormSubmission submission, String back, Locale locale) {
        String status = comment.status == CommentStatus.APPROVED ? "approved" : "pending";
        return redirects.target(submission.redirectTo())
                .map(target -> Response.seeOther(RedirectPolicy.marked(target, status, comment.id.toString())).build())
                .orElseGet(() -> page(Response.Status.OK,
                        Templates.received(comment.status == CommentStatus.APPROVED, back), locale));
    }

    /** The page for a submission that was not stored; a failure that is not the reader's is left to the mappers. */
    private static Response refusal(Throwable failure, FormSubmission submission, String back, Locale locale) {
        if (failure instanceof InvalidRequestException invalid) {
            return page(Response.Status.BAD_REQUEST, Templates.invalid(submission.asSubmitted(invalid.violations()), back),
                    locale);
        }
        if (failure instanceof Rejection rejection) {
            return ProblemMappers.withRetryAfter(page(ProblemMappers.statusOf(rejection.kind()),
                    Templates.refused(rejection.detail(locale), back), locale), rejection);
        }
        throw failure instanceof RuntimeException unchecked ? unchecked : new CompletionException(failure);
    }

    private static Response page(Response.Status status, TemplateInstance template, Locale locale) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(template.setLocale(locale).render()).build();
    }

    private Origin origin(HttpServerRequest http) {
        return new Origin(clientAddress.of(http), http.getHeader(HttpHeaders.USER_AGENT));
    }
}
