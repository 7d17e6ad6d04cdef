package dev.moderato.importing;

import dev.moderato.platform.problem.Problem;
import dev.moderato.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A site's history in (a WordPress or Disqus export) and out (a WordPress export), for administrators. */
@Path("/api/v1/admin")
@RolesAllowed(Role.ADMIN)
public class ImportResource {

    private final ImportService imports;
    private final WxrExport export;

    ImportResource(ImportService imports, WxrExport export) {
        this.imports = imports;
        this.export = export;
    }

    @POST
    @Path("/imports")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/rss+xml"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a WordPress (WXR) or Disqus export: every comment once, with its status, thread, parent and date")
    public ImportReport importExport(InputStream body, @QueryParam("threads") String threads,
                                     @Context SecurityContext security) {
        return imports.importExport(body, threads, security.getUserPrincipal().getName());
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Every comment as a WordPress export (WXR 1.2), each thread as a post")
    public Response exportAll() {
        StreamingOutput body = export::write;
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"moderato-" + LocalDate.now(ZoneOffset.UTC) + ".xml\"")
                .build();
    }

    @ServerExceptionMapper
    public Response refused(ImportRefused refused) {
        return Problem.of(refused.tooLarge() ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST,
                refused.getMessage()).toResponse();
    }
}
