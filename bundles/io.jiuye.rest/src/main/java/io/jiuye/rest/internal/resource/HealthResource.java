package io.jiuye.rest.internal.resource;

import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Public;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: whether the API serves (public, for load balancers, monitoring and tests waiting for a start).
 * It answers 503 {@code STARTING} until the authentication service is there and the application holds the resources
 * registered so far. Owned by the server, not a whiteboard resource.
 */
@ApiTag("system")
@Path(Api.BASE + "/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final BooleanSupplier ready;

    /** The answer: {@code UP} or {@code STARTING}. */
    public record Health(String status) {
    }

    public HealthResource(BooleanSupplier ready) {
        this.ready = ready;
    }

    @ApiOperation(id = "health", summary = "Whether the API serves",
            responses = { @ApiResponse(status = 200, description = "Up", type = Health.class),
                @ApiResponse(status = 503, description = "Starting or stopping", type = Health.class) })
    @GET
    @Public
    public Response health() {
        return ready.getAsBoolean() ? Response.ok(new Health("UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Health("STARTING")).build();
    }
}
