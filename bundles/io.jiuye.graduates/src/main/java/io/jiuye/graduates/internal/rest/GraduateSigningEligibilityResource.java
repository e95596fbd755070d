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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /graduates/{id}/signing-eligibility}: a graduate's eligibility (R-ACC-5) for its admins. */
@Component(service = RestResource.class)
@ApiTag(value = "eligibility", description = "Signing eligibility (R-ACC-5) and its switches")
@Path(Api.BASE + "/graduates/{graduateId}/signing-eligibility")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateSigningEligibilityResource implements RestResource {
    private final EligibilityService eligibility;

    @Activate
    public GraduateSigningEligibilityResource(@Reference EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @ApiOperation(id = "getSigningEligibility",
            summary = "A graduate's signing eligibility: the graduate and the admins of its college and school",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public SigningEligibility get(@PathParam("graduateId") String graduateId,
            @Context ContainerRequestContext request) {
        return eligibility.check(Callers.of(request), graduateId);
    }
}
