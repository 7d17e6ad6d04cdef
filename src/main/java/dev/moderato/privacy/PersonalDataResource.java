package dev.moderato.privacy;

import dev.moderato.comment.ContentRules;
import dev.moderato.comment.MaxLength;
import dev.moderato.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Access and erasure requests, by the reader's email address in any capitals (docs/privacy.md). */
@Path("/api/v1/admin/personal-data")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalData personalData;
    private final Erasure erasure;
    private final SecurityIdentity identity;

    PersonalDataResource(PersonalData personalData, Erasure erasure, SecurityIdentity identity) {
        this.personalData = personalData;
        this.erasure = erasure;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Everything stored with this email address, whatever its capitals: every comment in every status"
            + " with every field and its history, and the address's other records; streamed as JSON")
    public StreamingOutput export(@QueryParam("email") @NotBlank(message = "{query.email.required}")
                                  @MaxLength(value = 254, message = "{query.email.size}") String email) {
        String address = ContentRules.trimmed(email);
        return out -> personalData.export(address, out);
    }

    @DELETE
    @Operation(summary = "Erase this email address: its comments keep their text and place but lose name (\"Anonymous\"),"
            + " address, website, IP and user agent; its other records go. Answers what was erased, by kind")
    public Map<String, Long> erase(@QueryParam("email") @NotBlank(message = "{query.email.required}")
                                   @MaxLength(value = 254, message = "{query.email.size}") String email) {
        return erasure.erase(ContentRules.trimmed(email), identity.getPrincipal().getName()).counts();
    }
}
