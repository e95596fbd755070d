package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningEligibility;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /graduates/{id}/signing-eligibility}: a graduate's eligibility (R-ACC-5) for its admins. */
@Path(Api.BASE + "/graduates/{graduateId}/signing-eligibility")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateSigningEligibilityResource {
    private final EligibilityService eligibility;

    public GraduateSigningEligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    public SigningEligibility get(@PathParam("graduateId") String graduateId,
            @Context ContainerRequestContext request) {
        return eligibility.check(Callers.of(request), graduateId);
    }
}
