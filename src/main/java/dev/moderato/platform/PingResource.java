package dev.moderato.platform;

import dev.moderato.platform.config.ModeratoConfig;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A constant answer through the same HTTP and REST stack as every other route, on the event loop:
 * the ceiling the benchmark measures the real routes against. Not part of the API: it answers
 * only when {@code moderato.benchmark.ping} is on, as {@code bench/} turns it on.
 */
@Path("/api/v1/ping")
public class PingResource {

    static final String PONG = "{\"status\":\"ok\"}";

    private final boolean enabled;

    PingResource(ModeratoConfig config) {
        this.enabled = config.benchmark().ping();
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String ping() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return PONG;
    }
}
