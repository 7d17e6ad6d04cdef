package dev.moderato.submission;

import dev.moderato.platform.config.ModeratoConfig;
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
    private final ModeratoConfig config;

    FormTokenResource(FormTokens tokens, ModeratoConfig config) {
        this.tokens = tokens;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A signed timestamp for the comment form's hidden token field",
            description = "With the names a form gives the token's field and the honeypot, for a page that builds its own form.")
    public Response issue() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("token", tokens.issue(), "field", config.screening().tokenField(),
                "honeypot", config.screening().honeypotField())).cacheControl(noStore).build();
    }
}
