package dev.moderato.dashboard;

import dev.moderato.comment.ContentRules;
import dev.moderato.privacy.Erasure;
import dev.moderato.privacy.PersonalData;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Map;

/**
 * The administrators' personal-data page: look an address up, download its export, erase it after a confirmation.
 * Every step is a form post, so that no reader's address lands in a URL (the browser's history, a proxy's log).
 */
@Path("/dashboard/admin/personal-data")
@Produces(MediaType.TEXT_HTML)
public class PersonalDataResource {

    private static final String ACTIVE = "personal-data";

    /**
     * The address looked up (as typed), what is wrong with it, what is stored with it, and what an erasure did
     * (its report's counts: {@code comments}, {@code subscriptions}…).
     */
    public record View(String email, String error, PersonalData.Summary summary, Map<String, Long> erased) {

        /** The count of one kind of record the erasure removed, 0 when it removed none of that kind. */
        public long erasedOf(String kind) {
            return erased == null ? 0 : erased.getOrDefault(kind, 0L);
        }

        @Override
        public String toString() {
            return "View[" + (summary == null ? "no summary" : summary.total() + " comments") + "]";
        }
    }

    private final Visit visit;
    private final PersonalData personalData;
    private final Erasure erasure;

    PersonalDataResource(Visit visit, PersonalData personalData, Erasure erasure) {
        this.visit = visit;
        this.personalData = personalData;
        this.erasure = erasure;
    }

    @GET
    public Response page() {
        Frame frame = Frame.of(visit, visit.admin(), ACTIVE);
        return Html.ok(frame, PersonalDataPages.personalData(frame, new View("", null, null, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(@FormParam("csrf") String csrf, @FormParam("email") String email) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        String address = ContentRules.trimmed(email == null ? "" : email);
        String error = errorOf(address);
        if (error != null) {
            return Html.page(Response.Status.BAD_REQUEST, frame, PersonalDataPages.personalData(frame, new View(address, error, null, null)));
        }
        return Html.ok(frame, PersonalDataPages.personalData(frame, new View(address, null, personalData.summary(address), null)));
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response export(@FormParam("csrf") String csrf, @FormParam("email") String email) {
        Frame frame = Frame.of(visit, admin(csrf), ACTIVE);
        String address = ContentRules.trimmed(email == null ? "" : email);
        String error = errorOf(address);
        if (error != null) {
            return Html.page(Response.Status.BAD_REQUEST, frame, PersonalDataPages.personalData(frame, new View(address, error, null, null)));
        }
        StreamingOutput export = out -> personalData.export(address, out);
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Without {@code confirm=yes}, the confirmation page; with it, the erasure, and the page saying what it did. */
    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@FormParam("csrf") String csrf, @FormParam("email") String email,
                          @FormParam("confirm") String confirm) {
        Session session = admin(csrf);
        Frame frame = Frame.of(visit, session, ACTIVE);
        String address = ContentRules.trimmed(email == null ? "" : email);
        String error = errorOf(address);
        if (error != null) {
            return Html.page(Response.Status.BAD_REQUEST, frame, PersonalDataPages.personalData(frame, new View(address, error, null, null)));
        }
        if (!"yes".equals(confirm)) {
            return Html.ok(frame, PersonalDataPages.personalDataConfirm(frame,
                    new View(address, null, personalData.summary(address), null)));
        }
        Map<String, Long> erased = erasure.erase(address, session.username()).counts();
        return Html.ok(frame, PersonalDataPages.personalData(frame,
                new View(address, null, personalData.summary(address), erased)));
    }

    private Session admin(String csrf) {
        Session session = visit.posted(csrf);
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
        return session;
    }

    /** The key of the message for what is wrong with the address, or null. */
    private static String errorOf(String address) {
        if (address.isEmpty()) {
            return "required";
        }
        return ContentRules.length(address) > 254 ? "tooLong" : null;
    }
}
