package io.jiuye.rest.internal.resource;

import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.auth.Public;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /health}: whether the API answers (public, for load balancers and monitoring). */
@Path(Api.BASE + "/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    @GET
    @Public
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
