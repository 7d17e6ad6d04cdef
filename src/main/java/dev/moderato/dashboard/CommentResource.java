package dev.moderato.dashboard;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.moderation.CommentEdit;
import dev.moderato.moderation.DecisionService;
import dev.moderato.moderation.ModeratedComment;
import dev.moderato.moderation.ModerationService;
import dev.moderato.moderation.Precondition;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.Violation;
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

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One comment: its page (every field, history, the edit form) and the forms that change it. Each form carries the
 * version the moderator saw, sent to the moderation services as an {@code If-Match}: a comment another moderator
 * decided or edited meanwhile is shown as it is now, never overwritten.
 */
@Path("/dashboard/comments/{id}")
@Produces(MediaType.TEXT_HTML)
public class CommentResource {

    private static final Set<String> ACTIONS = Set.of("approve", "reject", "spam");
    /** As long as the API's decision reason may be. */
    private static final int MAX_NOTE = 500;

    private final Visit visit;
    private final ModerationService moderation;
    private final DecisionService decisions;

    CommentResource(Visit visit, ModerationService moderation, DecisionService decisions) {
        this.visit = visit;
        this.moderation = moderation;
        this.decisions = decisions;
    }

    @GET
    public Response page(@PathParam("id") String id, @QueryParam("status") String status, @QueryParam("thread") String thread,
                         @QueryParam("reason") String reason, @QueryParam("page") String page, @QueryParam("sort") String sort,
                          @QueryParam("after") String after) {
        Frame frame = Frame.of(visit, visit.signedIn(), "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        return withComment(frame, id, comment -> Html.ok(frame, Pages.comment(frame, view(comment, filter,
                new CommentEdit(comment.name(), comment.website(), comment.body()), List.of()))));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("action") String action,
                           @FormParam("version") long version, @FormParam("note") String note,
                           @FormParam("select") String select, @FormParam("status") String status,
                           @FormParam("thread") String thread, @FormParam("reason") String reason,
                           @FormParam("page") String page, @FormParam("sort") String sort,
                          @FormParam("after") String after) {
        Session session = visit.posted(csrf);
        Frame frame = Frame.of(visit, session, "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        if (!ACTIONS.contains(action)) {
            return Html.seeOther(filter.url());
        }
        return withComment(frame, id, seen -> {
            try {
                decisions.decide(UUID.fromString(id), action, blankToNull(note), Precondition.ofVersion(version),
                        session.username());
                return Html.seeOther(filter.after(action, select));
            } catch (DomainException e) {
                return conflict(frame, e, UUID.fromString(id), action, filter);
            }
        });
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("version") long version,
                         @FormParam("name") String name, @FormParam("website") String website,
                         @FormParam("body") String body, @FormParam("status") String status,
                         @FormParam("thread") String thread, @FormParam("reason") String reason,
                         @FormParam("page") String page, @FormParam("sort") String sort,
                          @FormParam("after") String after) {
        Session session = visit.posted(csrf);
        Frame frame = Frame.of(visit, session, "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        CommentEdit edit = new CommentEdit(name == null ? "" : name, website == null ? "" : website, body == null ? "" : body);
        return withComment(frame, id, seen -> {
            try {
                moderation.edit(UUID.fromString(id), edit, Precondition.ofVersion(version), session.username());
                return Html.seeOther(filter.after("edit", id));
            } catch (InvalidRequestException invalid) {
                return Html.page(Response.Status.BAD_REQUEST, frame,
                        Pages.comment(frame, view(seen, filter, edit, invalid.violations())));
            } catch (DomainException e) {
                return conflict(frame, e, UUID.fromString(id), "edit", filter);
            }
        });
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("select") String select,
                           @FormParam("status") String status, @FormParam("thread") String thread,
                           @FormParam("reason") String reason, @FormParam("page") String page, @FormParam("sort") String sort,
                          @FormParam("after") String after) {
        Session session = visit.posted(csrf);
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
        Frame frame = Frame.of(visit, session, "queue");
        QueueFilter filter = QueueFilter.of(status, thread, reason, page, sort, after);
        return withComment(frame, id, seen -> {
            moderation.delete(UUID.fromString(id), session.username());
            return Html.seeOther(filter.after("delete", select));
        });
    }

    private CommentView view(ModeratedComment comment, QueueFilter filter, CommentEdit form,
                             List<Violation> errors) {
        ModeratedComment parent = comment.parentId() == null ? null : find(comment.parentId());
        return new CommentView(comment, parent, moderation.history(UUID.fromString(comment.id())), filter, form, errors);
    }

    /** The page of a comment not (or no longer) there is a 404 page; the others are the action's. */
    private Response withComment(Frame frame, String id, Function<ModeratedComment, Response> action) {
        ModeratedComment comment = id.matches(Comment.ID_SHAPE) ? find(id) : null;
        if (comment == null) {
            return Html.page(Response.Status.NOT_FOUND, frame, Pages.notFound(frame));
        }
        return action.apply(comment);
    }

    private Response conflict(Frame frame, DomainException e, UUID id, String action, QueueFilter filter) {
        ModeratedComment now = find(id.toString());
        if (now == null) {
            return Html.page(Response.Status.NOT_FOUND, frame, Pages.notFound(frame));
        }
        // Another moderator's decision is a conflict (409); an edit meanwhile of a comment still pending, a stale page (412).
        boolean decided = now.status() != CommentStatus.PENDING && now.decidedBy() != null;
        int status = decided ? 409 : 412;
        return Html.page(status, frame, Pages.conflict(frame, new Conflict(now, action, decided, filter)));
    }

    private ModeratedComment find(String id) {
        try {
            return moderation.get(UUID.fromString(id));
        } catch (DomainException notFound) {
            return null;
        }
    }

    static String blankToNull(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        return stripped.length() > MAX_NOTE ? stripped.substring(0, MAX_NOTE) : stripped;
    }
}
