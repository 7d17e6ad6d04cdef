package dev.moderato.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("/api/v1/admin/moderators")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ModeratorAdminResource {

    private final ModeratorAccounts accounts;

    ModeratorAdminResource(ModeratorAccounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a moderator or administrator account")
    public Response create(@Valid @NotNull NewModerator request, @Context UriInfo uri) {
        Moderator moderator = accounts.create(request.username(), request.password(), request.role());
        return Response.created(uri.getAbsolutePathBuilder().path(moderator.username).build())
                .entity(ModeratorView.of(moderator)).build();
    }

    @GET
    @Operation(summary = "List the accounts")
    public List<ModeratorView> list() {
        return accounts.list().stream().map(ModeratorView::of).toList();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's role (not your own; the last administrator stays one)")
    public ModeratorView changeRole(@PathParam("username") String username, @Valid @NotNull RoleChange request,
                                    @Context SecurityContext security) {
        return ModeratorView.of(accounts.changeRole(username, request.role(), security.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Remove an account (not your own, not the last administrator)")
    public Response delete(@PathParam("username") String username, @Context SecurityContext security) {
        accounts.delete(username, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
