package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningEligibility;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /me/signing-eligibility}: whether the calling student may sign, and which gates fail (R-ACC-5). */
@Component(service = RestResource.class)
@ApiTag(value = "eligibility", description = "Signing eligibility (R-ACC-5) and its switches")
@Path(Api.BASE + "/me/signing-eligibility")
@Produces(MediaType.APPLICATION_JSON)
public final class MeSigningEligibilityResource implements RestResource {
    private final EligibilityService eligibility;

    @Activate
    public MeSigningEligibilityResource(@Reference EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @ApiOperation(id = "getMySigningEligibility",
            summary = "Whether the calling student may sign, and every gate that fails (R-ACC-5)",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public SigningEligibility get(@Context ContainerRequestContext request) {
        return eligibility.mine(Callers.of(request));
    }
}
