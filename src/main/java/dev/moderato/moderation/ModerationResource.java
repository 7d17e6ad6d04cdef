package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.MaxLength;
import dev.moderato.comment.QueueOrder;
import dev.moderato.comment.PlainText;
import dev.moderato.platform.WholeNumber;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.WholeNumberValidator;
import dev.moderato.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/moderation")
@RolesAllowed(Role.MODERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private static final String ID_MESSAGE = "{moderation.id.invalid}";
    /** The largest queue page: its comments' reasons are still read in one query (ReasonLoadingTest). */
    static final int LARGEST_PAGE = 200;
    /** The shape of a screening reason's code ({@code too_many_links}). */
    public static final String REASON_CODE = "[a-z_]{1,32}";

    private final ModerationService moderation;
    private final DecisionService decisions;
    private final SecurityIdentity identity;
    private final DecisionJobs jobs;

    ModerationResource(ModerationService moderation, DecisionService decisions, SecurityIdentity identity,
                       DecisionJobs jobs) {
        this.jobs = jobs;
        this.moderation = moderation;
        this.decisions = decisions;
        this.identity = identity;
    }

    @GET
    @Path("/comments")
    @Operation(summary = "The queue: comments of one status (pending by default), oldest first or by spam score, with every field; by thread and screening reason; page after page by the cursor in next")
    public Response queue(@QueryParam("status") @DefaultValue("pending")
                           @Pattern(regexp = "pending|approved|rejected|spam", message = "{query.status.invalid}") String status,
                           @QueryParam("thread") @MaxLength(value = 200, message = "{comment.thread.size}")
                           @PlainText(message = "{comment.thread.control}") String thread,
                           @QueryParam("reason") @Pattern(regexp = REASON_CODE, message = "{query.reason.invalid}") String reason,
                           @QueryParam("page") @DefaultValue("0")
                           @WholeNumber(min = 0, message = "{query.page.min}", tooLarge = "{query.page.number}",
                                   notANumber = "{query.page.number}") String page,
                           @QueryParam("size") @DefaultValue("50")
                           @WholeNumber(min = 1, max = LARGEST_PAGE, message = "{query.size.range}",
                                   notANumber = "{query.size.number}") String size,
                           @QueryParam("sort") @DefaultValue("oldest")
                           @Pattern(regexp = "oldest|score", message = "{query.sort.invalid}") String sort,
                           @QueryParam("after") @ValidCursor String after,
                           @Context UriInfo uri) {
        CommentStatus wanted = CommentStatus.valueOf(status.toUpperCase(Locale.ROOT));
        QueuePage found = moderation.queue(wanted, ContentRules.optional(thread), reason,
                QueueOrder.valueOf(sort.toUpperCase(Locale.ROOT)), QueueCursor.decode(after).orElse(null),
                WholeNumberValidator.parse(page), WholeNumberValidator.parse(size));
        Response.ResponseBuilder response = Response.ok(found);
        if (found.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("after", found.next())
                    .build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/comments/{id}")
    @Operation(summary = "One comment, with its version as ETag")
    public Response get(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = ID_MESSAGE) String id) {
        return withEtag(Response.ok(), moderation.get(UUID.fromString(id)));
    }

    @POST
    @Path("/comments/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, reject or mark as spam; changing a decided comment needs If-Match")
    public Response decide(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = ID_MESSAGE) String id,
                           @Valid @NotNull DecisionRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DecisionService.Decision decision = decisions.decide(UUID.fromString(id), request.action(),
                request.reason(), new Precondition(ifMatch), actor());
        return withEtag(Response.ok(), decision.comment());
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same decision for many comments, with an outcome for each")
    public BulkDecisionResult decideAll(@Valid @NotNull BulkDecisionRequest request) {
        return decisions.decideAll(request.ids(), request.action(), request.reason(), actor());
    }

    @POST
    @Path("/decision-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same decision for every pending comment matching a filter, decided in the background: 202 with the job, its progress at Location")
    public Response startJob(@Valid @NotNull DecisionJobRequest request, @Context UriInfo uri) {
        DecisionJob job = jobs.start(request, actor());
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("/api/v1/moderation/decision-jobs/{id}")
                .build(job.id())).build();
    }

    @GET
    @Path("/decision-jobs/{id}")
    @Operation(summary = "A decision by filter: how many comments it matched, decided and skipped, and whether it is done")
    public DecisionJob job(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = "{moderation.job.invalid}") String id) {
        return jobs.find(UUID.fromString(id)).orElseThrow(() -> DomainException.notFound("There is no decision job with this id."));
    }

    @PATCH
    @Path("/comments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct name, website or body, under the submission rules")
    public Response edit(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = ID_MESSAGE) String id,
                         @NotNull CommentEdit edit,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(Response.ok(), moderation.edit(UUID.fromString(id), edit, new Precondition(ifMatch), actor()));
    }

    @DELETE
    @Path("/comments/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a comment and its personal data; its history stays")
    public Response delete(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = ID_MESSAGE) String id) {
        moderation.delete(UUID.fromString(id), actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/comments/{id}/history")
    @Operation(summary = "Every decision and edit, oldest first")
    public List<HistoryEntry> history(@PathParam("id") @Pattern(regexp = Comment.ID_SHAPE, message = ID_MESSAGE) String id) {
        return moderation.history(UUID.fromString(id));
    }

    @GET
    @Path("/stats")
    @Operation(summary = "How many comments are in each status, and how old the oldest pending one is")
    public QueueStats stats() {
        return moderation.stats();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static Response withEtag(Response.ResponseBuilder response, ModeratedComment comment) {
        return response.entity(comment)
                .header(HttpHeaders.ETAG, Precondition.etagOf(comment.version()))
                .build();
    }
}
