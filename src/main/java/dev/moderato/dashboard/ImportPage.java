package dev.moderato.dashboard;

import dev.moderato.importing.ImportRefused;
import dev.moderato.importing.ImportReport;
import dev.moderato.importing.ImportService;
import dev.moderato.importing.WxrExport;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.problem.ProblemMappers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The administrators' import page: a file chosen, sent by the page's script as the body of a post (the export may be
 * far larger than a form's body should be held in memory), and the report shown. The post carries the session's
 * CSRF token in a header, as a form carries it in a field.
 */
@Path("/dashboard/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    static final String CSRF_HEADER = "X-CSRF-Token";

    @CheckedTemplate(basePath = "dashboard")
    static final class Templates {
        private Templates() {
        }

        static native TemplateInstance imports(Frame frame, ImportReport report, String refusal);
    }

    private final Visit visit;
    private final ImportService imports;
    private final WxrExport export;

    ImportPage(Visit visit, ImportService imports, WxrExport export) {
        this.visit = visit;
        this.imports = imports;
        this.export = export;
    }

    /** The API's export, for the signed-in administrator: a download, never cached. */
    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_XML)
    public Response exportAll() {
        visit.admin();
        StreamingOutput body = export::write;
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"moderato-" + LocalDate.now(ZoneOffset.UTC) + ".xml\"")
                .build();
    }

    @GET
    public Response page() {
        Frame frame = Frame.of(visit, visit.admin(), "imports");
        return Html.ok(frame, Templates.imports(frame, null, null));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    public Response importExport(InputStream body, @HeaderParam(CSRF_HEADER) String csrf,
                                 @QueryParam("threads") String threads) {
        Session session = visit.posted(csrf);
        if (!session.isAdmin()) {
            throw new Refused(Refused.Why.ADMIN_ONLY);
        }
        Frame frame = Frame.of(visit, session, "imports");
        try {
            return Html.ok(frame, Templates.imports(frame, imports.importExport(body, threads, session.username()), null));
        } catch (ImportRefused refused) {
            int status = refused.tooLarge() ? 413 : 400;
            return Html.page(status, frame, Templates.imports(frame, null, refused.getMessage()));
        } catch (DomainException failed) {
            return Html.page(ProblemMappers.statusOf(failed.kind()), frame, Templates.imports(frame, null, failed.getMessage()));
        }
    }
}
