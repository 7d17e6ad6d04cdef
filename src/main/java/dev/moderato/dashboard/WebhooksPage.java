package dev.moderato.dashboard;

import dev.moderato.notify.DeliveryView;
import dev.moderato.notify.NewWebhook;
import dev.moderato.notify.WebhookSecret;
import dev.moderato.notify.WebhookService;
import dev.moderato.notify.WebhookView;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.platform.problem.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The administrators' webhooks page, through the admin API's service and under its validation. A secret is shown
 * once, in the page that answers the post which made it: never in a redirect's URL (the browser's history), never
 * logged.
 */
@Path("/dashboard/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    private static final String ACTIVE = "webhooks";
    private static final String PAGE = "/dashboard/admin/webhooks";

    @CheckedTemplate(basePath = "dashboard")
    static final class Templates {
        private Templates() {
        }

        static native TemplateInstance webhooks(Frame frame, WebhookList view);

        static native TemplateInstance webhook(Frame frame, WebhookDetail view);

        static native TemplateInstance webhookDelete(Frame frame, WebhookView webhook);
    }

    /** The endpoints, the registration form as sent with its errors, and what the last post did. */
    public record WebhookList(List<WebhookView> webhooks, String url, List<String> events, List<Violation> errors,
                              String done) {

        public static final List<String> EVENTS = List.of("comment.created", "comment.approved", "comment.rejected",
                "comment.spam", "comment.edited", "comment.deleted");

        public List<String> allEvents() {
            return EVENTS;
        }

        public boolean checked(String event) {
            return events.contains(event);
        }

        public String errorOf(String field) {
            return errors.stream().filter(v -> v.field().equals(field)).map(Violation::message).findFirst().orElse(null);
        }

        public boolean noEvent() {
            return events.isEmpty() && errorOf("events") != null;
        }
    }

    /** One endpoint, its latest deliveries, the secret just made (shown this once) and what the last post did. */
    public record WebhookDetail(WebhookView webhook, List<DeliveryView> deliveries, WebhookSecret secret, String done) {

        @Override
        public String toString() {
            return "WebhookDetail[" + webhook.id() + "]";
        }
    }

    private final Visit visit;
    private final WebhookService webhooks;
    private final Validator validator;

    WebhooksPage(Visit visit, WebhookService webhooks, Validator validator) {
        this.visit = visit;
        this.webhooks = webhooks;
        this.validator = validator;
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        Frame frame = Frame.of(visit, visit.admin(), ACTIVE);
        return Html.ok(frame, Templates.webhooks(frame, new WebhookList(webhooks.list(), "", List.of(), List.of(),
                "deleted".equals(done) ? done : null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam("csrf") String csrf, @FormParam("url") String url,
                             @FormParam("events") List<String> events) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        NewWebhook request = new NewWebhook(url == null ? "" : url.strip(), events == null ? List.of() : events);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            WebhookList view = new WebhookList(webhooks.list(), request.url(), request.events(),
                    ProblemMappers.toViolations(violations), null);
            return Html.page(Response.Status.BAD_REQUEST, frame, Templates.webhooks(frame, view));
        }
        WebhookSecret created = webhooks.create(request);
        return detail(frame, created.id(), created, null);
    }

    @GET
    @Path("/{id}")
    public Response endpoint(@PathParam("id") String id, @QueryParam("done") String done) {
        Frame frame = Frame.of(visit, visit.admin(), ACTIVE);
        return existing(frame, id, found -> detail(frame, found, null, "enabled".equals(done) ? done : null));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") String id, @FormParam("csrf") String csrf) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        return existing(frame, id, found -> {
            webhooks.enable(found);
            return Html.seeOther(PAGE + "/" + found + "?done=enabled");
        });
    }

    @POST
    @Path("/{id}/rotate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("id") String id, @FormParam("csrf") String csrf) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        return existing(frame, id, found -> detail(frame, found, webhooks.rotate(found), null));
    }

    /** Without {@code confirm=yes}, the confirmation page; with it, the endpoint and its log are gone. */
    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @FormParam("csrf") String csrf,
                           @FormParam("confirm") String confirm) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        return existing(frame, id, found -> {
            if (!"yes".equals(confirm)) {
                return Html.ok(frame, Templates.webhookDelete(frame, webhooks.get(found)));
            }
            webhooks.delete(found);
            return Html.seeOther(PAGE + "?done=deleted");
        });
    }

    private Response detail(Frame frame, UUID id, WebhookSecret secret, String done) {
        return Html.ok(frame, Templates.webhook(frame, new WebhookDetail(webhooks.get(id), webhooks.deliveries(id), secret, done)));
    }

    /** Runs the action on an endpoint that exists; one deleted meanwhile, or no id at all, gets the list saying so. */
    private Response existing(Frame frame, String id, Function<UUID, Response> action) {
        Optional<UUID> parsed = parse(id);
        try {
            if (parsed.isPresent()) {
                return action.apply(parsed.get());
            }
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
        }
        return Html.page(Response.Status.NOT_FOUND, frame, Templates.webhooks(frame,
                new WebhookList(webhooks.list(), "", List.of(), List.of(), "missing")));
    }

    /** Why an endpoint was disabled, as the page words it: {@code gone}, {@code failing}, or another reason as stored. */
    @TemplateExtension
    static String disabledKind(WebhookView webhook) {
        String reason = webhook.disabledReason() == null ? "" : webhook.disabledReason();
        if (reason.contains("410")) {
            return "gone";
        }
        return reason.startsWith("every delivery failed") ? "failing" : "other";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Session admin(String csrf) {
        Session session = visit.posted(csrf);
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
        return session;
    }
}
