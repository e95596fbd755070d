package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /schools/{id}/online-signing}: the school's global online-signing switch (网签开放设置, R-ACC-5). */
@Path(Api.BASE + "/schools/{schoolId}/online-signing")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolOnlineSigningResource {
    private final EligibilityService eligibility;

    /** Whether online signing is open. */
    public record OnlineSigning(Boolean open) {
    }

    public SchoolOnlineSigningResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    public OnlineSigning get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        return new OnlineSigning(eligibility.onlineSigningOpen(Callers.of(request), schoolId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public OnlineSigning set(@PathParam("schoolId") String schoolId, OnlineSigning body,
            @Context ContainerRequestContext request) {
        boolean open = Params.required("open", body == null ? null : body.open());
        return new OnlineSigning(eligibility.setOnlineSigning(Callers.of(request), schoolId, open));
    }
}
