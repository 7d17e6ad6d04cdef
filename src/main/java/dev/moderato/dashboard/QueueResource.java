package dev.moderato.dashboard;

import dev.moderato.comment.Comment;
import dev.moderato.moderation.BulkDecisionResult;
import dev.moderato.moderation.BulkDecisionResult.Outcome;
import dev.moderato.moderation.DecisionJob;
import dev.moderato.moderation.DecisionJobRequest;
import dev.moderato.moderation.DecisionJobs;
import dev.moderato.moderation.DecisionService;
import dev.moderato.moderation.ModeratedComment;
import dev.moderato.moderation.ModerationService;
import dev.moderato.moderation.QueuePage;
import dev.moderato.platform.problem.DomainException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The moderation queue page and its bulk decisions, read and decided through the same services as the JSON API;
 * and what the page's script asks while it is open: which comments arrived or changed since it was loaded.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {

    private static final Set<String> ACTIONS = Set.of("approve", "reject", "spam");

    private final Visit visit;
    private final ModerationService moderation;
    private final DecisionService decisions;
    private final DecisionJobs jobs;

    QueueResource(Visit visit, ModerationService moderation, DecisionService decisions, DecisionJobs jobs) {
        this.jobs = jobs;
        this.visit = visit;
        this.moderation = moderation;
        this.decisions = decisions;
    }

    @GET
    @Path("/")
    public Response queue(@QueryParam("status") String status, @QueryParam("thread") String thread,
                          @QueryParam("reason") String reason, @QueryParam("page") String page, @QueryParam("sort") String sort,
                          @QueryParam("after") String after,
                          @QueryParam("done") String done, @QueryParam("select") String select,
                          @QueryParam("applied") long applied, @QueryParam("unchanged") long unchanged,
                          @QueryParam("conflicts") long conflicts, @QueryParam("missing") long missing,
                          @QueryParam("remaining") long remaining) {
        Frame frame = Frame.of(visit, visit.signedIn(), "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        QueueView.BulkCounts bulk = "bulk".equals(done)
                ? new QueueView.BulkCounts(applied, unchanged, conflicts, missing, remaining) : null;
        return Html.ok(frame, Pages.queue(frame, view(filter, done, bulk, select)));
    }

    /** Some comments of the queue, as the page shows them: those the script found waiting since the page loaded. */
    @GET
    @Path("/queue/items")
    public Response items(@QueryParam("ids") String ids, @QueryParam("status") String status,
                          @QueryParam("thread") String thread, @QueryParam("reason") String reason,
                          @QueryParam("page") String page, @QueryParam("sort") String sort,
                          @QueryParam("after") String after) {
        Session session = visit.quietly().orElseThrow(() -> new SignInRequired(Paths.QUEUE));
        Frame frame = Frame.of(visit, session, "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        List<ModeratedComment> found = idsOf(ids).stream().map(this::find).filter(java.util.Objects::nonNull).toList();
        QueuePage picked = new QueuePage(found.size(), true, 0, found.size(), found, null);
        return Html.ok(frame, Pages.items(frame, new QueueView(filter, picked, parentsOf(found), null, null, null, null)));
    }

    /**
     * What changed since the page was loaded, for its script: the comments of the page's view now (to show those
     * that arrived), and of those shown ({@code shown=id.version,…}) the ones decided, edited or deleted meanwhile.
     * Not counted as activity: a queue left open does not keep its session alive.
     */
    @GET
    @Path("/queue/state")
    @Produces(MediaType.APPLICATION_JSON)
    public Response state(@QueryParam("shown") String shown, @QueryParam("status") String status,
                          @QueryParam("thread") String thread, @QueryParam("reason") String reason,
                          @QueryParam("page") String page, @QueryParam("sort") String sort,
                          @QueryParam("after") String after) {
        if (visit.quietly().isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("signedIn", false)).build();
        }
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        QueuePage now = page(filter);
        List<QueueState.Changed> changed = new java.util.ArrayList<>();
        for (String entry : shown == null ? List.<String>of() : Arrays.asList(shown.split(","))) {
            String[] idAndVersion = entry.split("\\.", 2);
            if (idAndVersion.length == 2 && idAndVersion[0].matches(Comment.ID_SHAPE) && changed.size() < 200) {
                ModeratedComment current = find(idAndVersion[0]);
                if (current == null) {
                    changed.add(new QueueState.Changed(idAndVersion[0], "deleted", null, -1));
                } else if (!String.valueOf(current.version()).equals(idAndVersion[1])) {
                    changed.add(new QueueState.Changed(current.id(), current.status().wireName(), current.decidedBy(),
                            current.version()));
                }
            }
        }
        return Response.ok(new QueueState(now.total(), now.totalExact(), moderation.glance(),
                now.items().stream().map(ModeratedComment::id).toList(), changed)).build();
    }

    /**
     * A bulk decision: the selected comments of the page, decided now; or every pending comment matching the
     * filters ({@code scope=matching}), first confirmed on a page of its own, then started as a decision by filter
     * whose progress page the moderator is sent to.
     */
    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideMany(@FormParam("csrf") String csrf, @FormParam("action") String action,
                               @FormParam("scope") String scope, @FormParam("ids") List<String> ids,
                               @FormParam("confirmed") String confirmed, @FormParam("note") String note,
                               @FormParam("status") String status, @FormParam("thread") String thread,
                               @FormParam("reason") String reason, @FormParam("page") String page,
                               @FormParam("sort") String sort, @FormParam("after") String after) {
        Session session = visit.posted(csrf);
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        if (!ACTIONS.contains(action)) {
            return Html.seeOther(filter.url());
        }
        if ("matching".equals(scope)) {
            if (!filter.isPending()) {
                return Html.seeOther(filter.url()); // only the pending queue is decided by filter: nothing else is meant
            }
            if (!"yes".equals(confirmed)) {
                Frame frame = Frame.of(visit, session, "queue");
                QueuePage matching = moderation.queue(filter.statusValue(), filter.thread(), filter.reason(), 0, 1);
                return Html.ok(frame, Pages.confirmMatching(frame,
                        new Confirmation(filter, action, matching.total(), matching.totalExact())));
            }
            DecisionJob job = jobs.start(new DecisionJobRequest(action, CommentResource.blankToNull(note),
                    new DecisionJobRequest.Filter(filter.thread(), filter.reason())), session.username());
            return Html.seeOther(Paths.QUEUE + "jobs/" + job.id());
        }
        List<String> chosen = ids == null ? List.of() : ids.stream().limit(500).toList();
        if (chosen.isEmpty()) {
            return Html.seeOther(filter.url());
        }
        BulkDecisionResult result = decisions.decideAll(chosen, action, null, session.username());
        return Html.seeOther(filter.after("bulk", null) + "&applied=" + count(result, Outcome.APPLIED)
                + "&unchanged=" + count(result, Outcome.UNCHANGED) + "&conflicts=" + count(result, Outcome.CONFLICT)
                + "&missing=" + count(result, Outcome.NOT_FOUND) + "&remaining=0");
    }

    /** What "apply to all matching" is about to do, for the moderator to confirm. */
    public record Confirmation(QueueFilter filter, String action, long count, boolean exact) {
    }

    /** A decision by filter's progress; the page refreshes itself while it runs. */
    @GET
    @Path("/jobs/{id}")
    public Response job(@PathParam("id") String id) {
        Frame frame = Frame.of(visit, visit.signedIn(), "queue");
        Optional<DecisionJob> job = id.matches(Comment.ID_SHAPE) ? jobs.find(UUID.fromString(id)) : Optional.empty();
        return job.map(found -> Html.ok(frame, Pages.job(frame, found)))
                .orElseGet(() -> Html.page(Response.Status.NOT_FOUND, frame, Pages.notFound(frame)));
    }

    private QueueView view(QueueFilter filter, String done, QueueView.BulkCounts bulk, String select) {
        QueuePage page = page(filter);
        return new QueueView(filter, page, parentsOf(page.items()), moderation.glance(), done, bulk, select);
    }

    private QueuePage page(QueueFilter filter) {
        return moderation.queue(filter.statusValue(), filter.thread(), filter.reason(), filter.order(),
                filter.position(), filter.page(), QueueFilter.PAGE_SIZE);
    }

    private Map<String, ModeratedComment> parentsOf(List<ModeratedComment> comments) {
        Map<String, ModeratedComment> parents = new HashMap<>();
        comments.stream().map(ModeratedComment::parentId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> {
                    ModeratedComment parent = find(id);
                    if (parent != null) {
                        parents.put(id, parent);
                    }
                });
        return parents;
    }

    private ModeratedComment find(String id) {
        try {
            return moderation.get(UUID.fromString(id));
        } catch (DomainException notFound) {
            return null;
        }
    }

    private static List<String> idsOf(String ids) {
        if (ids == null) {
            return List.of();
        }
        return new LinkedHashSet<>(Arrays.asList(ids.split(","))).stream()
                .filter(id -> id.matches(Comment.ID_SHAPE)).limit(QueueFilter.PAGE_SIZE).toList();
    }

    private static long count(BulkDecisionResult result, Outcome outcome) {
        return result.results().stream().filter(item -> item.outcome() == outcome).count();
    }
}
