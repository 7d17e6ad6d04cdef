package dev.moderato.notify;

import dev.moderato.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/admin/webhooks")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookAdminResource {

    private final WebhookService webhooks;

    WebhookAdminResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook endpoint; the answer shows its signing secret, this once")
    public Response create(@Valid @NotNull NewWebhook request, @Context UriInfo uri) {
        WebhookSecret created = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List the webhook endpoints, without their secrets")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook endpoint, without its secret")
    public WebhookView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a webhook endpoint and its delivery log")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate")
    @Operation(summary = "A new signing secret, shown this once; the previous one also signs for 24 hours")
    public WebhookSecret rotate(@PathParam("id") UUID id) {
        return webhooks.rotate(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Send again to an endpoint that was disabled")
    public WebhookView enable(@PathParam("id") UUID id) {
        return webhooks.enable(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The latest deliveries: event, answer, time, next try")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id) {
        return webhooks.deliveries(id);
    }
}
