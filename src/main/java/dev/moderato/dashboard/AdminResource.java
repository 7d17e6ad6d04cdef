package dev.moderato.dashboard;

import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.platform.problem.Violation;
import dev.moderato.screening.words.WordList;
import dev.moderato.screening.words.WordListUpdate;
import dev.moderato.screening.words.WordLists;
import dev.moderato.security.Moderator;
import dev.moderato.security.ModeratorAccounts;
import dev.moderato.security.NewModerator;
import dev.moderato.security.Role;
import jakarta.validation.Validator;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Administrators' pages: the word lists and the moderator accounts, through the services of the admin API and
 * under its validation. A moderator gets the 403 page. The other administrators' pages (webhooks, personal data,
 * import) have classes of their own in the same navigation.
 */
@Path("/dashboard/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    private final Visit visit;
    private final WordLists wordLists;
    private final ModeratorAccounts accounts;
    private final Validator validator;

    AdminResource(Visit visit, WordLists wordLists, ModeratorAccounts accounts, Validator validator) {
        this.visit = visit;
        this.wordLists = wordLists;
        this.accounts = accounts;
        this.validator = validator;
    }

    /** Both lists, one of them perhaps as just sent with its errors, and which one was just saved. */
    public record WordListsView(String disallowed, String moderation, String invalidList, List<Violation> errors,
                                String saved) {
        public int disallowedCount() {
            return count(disallowed);
        }

        public int moderationCount() {
            return count(moderation);
        }

        private static int count(String text) {
            return (int) text.lines().filter(line -> !line.isBlank()).count();
        }
    }

    /** The accounts, the new-account form as sent with its errors, and what the last post did. */
    public record ModeratorsView(List<Moderator> accounts, String username, String role, List<Violation> errors,
                                 String problem, String done, String name) {
        public String errorOf(String field) {
            return errors.stream().filter(v -> v.field().equals(field)).map(Violation::message).findFirst().orElse(null);
        }
    }

    @GET
    @Path("/word-lists")
    public Response wordLists(@QueryParam("saved") String saved) {
        Frame frame = Frame.of(visit, visit.admin(), "word-lists");
        return Html.ok(frame, Pages.wordLists(frame, new WordListsView(text(WordList.DISALLOWED), text(WordList.MODERATION),
                null, List.of(), WordList.named(saved).map(WordList::key).orElse(null))));
    }

    @POST
    @Path("/word-lists/{list}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveWordList(@PathParam("list") String name, @FormParam("csrf") String csrf,
                                 @FormParam("words") String words) {
        Session session = visit.posted(csrf);
        requireAdmin(session);
        Frame frame = Frame.of(visit, session, "word-lists");
        WordList list = WordList.named(name).orElse(null);
        if (list == null) {
            return Html.seeOther("/dashboard/admin/word-lists");
        }
        List<String> entries = words == null ? List.of()
                : Arrays.stream(words.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        var violations = validator.validate(new WordListUpdate(entries));
        if (!violations.isEmpty()) {
            String sent = words == null ? "" : words;
            WordListsView view = new WordListsView(list == WordList.DISALLOWED ? sent : text(WordList.DISALLOWED),
                    list == WordList.MODERATION ? sent : text(WordList.MODERATION), list.key(),
                    ProblemMappers.toViolations(violations), null);
            return Html.page(Response.Status.BAD_REQUEST, frame, Pages.wordLists(frame, view));
        }
        wordLists.replace(list, entries);
        return Html.seeOther("/dashboard/admin/word-lists?saved=" + list.key());
    }

    @GET
    @Path("/moderators")
    public Response moderators(@QueryParam("done") String done, @QueryParam("name") String name) {
        Frame frame = Frame.of(visit, visit.admin(), "moderators");
        return Html.ok(frame, Pages.moderators(frame, new ModeratorsView(accounts.list(), "", Role.MODERATOR, List.of(),
                null, done, name)));
    }

    @POST
    @Path("/moderators")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("csrf") String csrf, @FormParam("username") String username,
                           @FormParam("password") String password, @FormParam("role") String role) {
        Session session = visit.posted(csrf);
        requireAdmin(session);
        Frame frame = Frame.of(visit, session, "moderators");
        NewModerator request = new NewModerator(username == null ? "" : username.strip(), password, role);
        var violations = validator.validate(request);
        String problem = null;
        if (violations.isEmpty()) {
            try {
                accounts.create(request.username(), request.password(), request.role());
                return done("created", request.username());
            } catch (DomainException exists) {
                problem = "exists";
            }
        }
        ModeratorsView view = new ModeratorsView(accounts.list(), request.username(), role,
                ProblemMappers.toViolations(violations), problem, null, null);
        return Html.page(problem == null ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT, frame,
                Pages.moderators(frame, view));
    }

    @POST
    @Path("/moderators/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("username") String username, @FormParam("csrf") String csrf,
                               @FormParam("role") String role) {
        Session session = visit.posted(csrf);
        requireAdmin(session);
        if (!Role.ADMIN.equals(role) && !Role.MODERATOR.equals(role)) {
            return Html.seeOther("/dashboard/admin/moderators");
        }
        return refusedOr(session, username, () -> accounts.changeRole(username, role, session.username()), "changed");
    }

    @POST
    @Path("/moderators/{username}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("username") String username, @FormParam("csrf") String csrf) {
        Session session = visit.posted(csrf);
        requireAdmin(session);
        return refusedOr(session, username, () -> accounts.delete(username, session.username()), "removed");
    }

    /** Runs a change of someone else's account; one's own, or the last administrator's, is refused on the page. */
    private Response refusedOr(Session session, String username, Runnable change, String done) {
        Frame frame = Frame.of(visit, session, "moderators");
        String problem;
        if (username.equals(session.username())) {
            problem = "self";
        } else {
            try {
                change.run();
                return done(done, username);
            } catch (DomainException e) {
                problem = e.kind() == DomainException.Kind.NOT_FOUND ? "missing" : "lastAdmin";
            }
        }
        return Html.page(Response.Status.CONFLICT, frame, Pages.moderators(frame,
                new ModeratorsView(accounts.list(), "", Role.MODERATOR, List.of(), problem, null, null)));
    }

    private static Response done(String done, String username) {
        return Html.seeOther("/dashboard/admin/moderators?done=" + done + "&name="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
    }

    private static void requireAdmin(Session session) {
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
    }

    private String text(WordList list) {
        return String.join("\n", wordLists.words(list));
    }
}
