package dev.moderato.thread;

import dev.moderato.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.MaxLength;
import dev.moderato.comment.PlainText;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Thread keys may contain slashes, so they travel as a query parameter. */
@Path("/api/v1/moderation/threads")
@RolesAllowed(Role.MODERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    private final ThreadSettings threads;

    ThreadResource(ThreadSettings threads) {
        this.threads = threads;
    }

    @GET
    @Operation(summary = "A thread's settings: open or closed, pre or post moderation")
    public ThreadView get(@QueryParam("thread") @NotBlank(message = "{query.thread.required}")
                          @MaxLength(value = 200, message = "{comment.thread.size}") @PlainText(message = "{comment.thread.control}") String thread) {
        return threads.settingOf(ContentRules.trimmed(thread));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or close a thread, and choose its moderation mode")
    public ThreadView update(@QueryParam("thread") @NotBlank(message = "{query.thread.required}")
                             @MaxLength(value = 200, message = "{comment.thread.size}") @PlainText(message = "{comment.thread.control}") String thread,
                             @Valid @NotNull ThreadUpdate update) {
        return threads.update(ContentRules.trimmed(thread), update.open(), ThreadMode.of(update.mode()));
    }
}
