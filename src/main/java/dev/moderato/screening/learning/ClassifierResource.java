package dev.moderato.screening.learning;

import dev.moderato.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/admin/classifier")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ClassifierResource {

    private final Classifier classifier;

    ClassifierResource(Classifier classifier) {
        this.classifier = classifier;
    }

    @GET
    @Operation(summary = "What the spam filter in use on this replica has learned, and whether it scores submissions")
    public Classifier.Status get() {
        return classifier.status();
    }

    @DELETE
    @Operation(summary = "Forget every example moderators' decisions taught the spam filter; later decisions teach it again")
    public void reset() {
        classifier.reset();
    }
}
