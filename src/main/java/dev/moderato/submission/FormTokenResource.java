package dev.moderato.submission;

import dev.moderato.screening.FormTokens;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

@Path("/api/v1/comments/form-token")
public class FormTokenResource {

    private final FormTokens tokens;

    FormTokenResource(FormTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A signed timestamp for the comment form's hidden token field")
    public Response issue() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("token", tokens.issue())).cacheControl(noStore).build();
    }
}
