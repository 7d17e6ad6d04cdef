package dev.moderato.ops;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A constant answer through the same HTTP and REST stack as every other route: a cheap check
 * that the service answers, and the ceiling the benchmark measures the real routes against.
 * Runs on the event loop, the fastest way this stack can answer at all.
 */
@Path("/api/v1/ping")
public class PingResource {

    static final String PONG = "{\"status\":\"ok\"}";

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A constant answer: the service is reachable")
    public String ping() {
        return PONG;
    }
}
