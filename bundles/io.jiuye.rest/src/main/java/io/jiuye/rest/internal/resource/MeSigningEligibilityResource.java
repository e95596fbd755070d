package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningEligibility;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /me/signing-eligibility}: whether the calling student may sign, and which gates fail (R-ACC-5). */
@Path(Api.BASE + "/me/signing-eligibility")
@Produces(MediaType.APPLICATION_JSON)
public final class MeSigningEligibilityResource {
    private final EligibilityService eligibility;

    public MeSigningEligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    public SigningEligibility get(@Context ContainerRequestContext request) {
        return eligibility.mine(Callers.of(request));
    }
}
