package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningFlags;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /graduates/{id}/signing-flags}: the graduate's eligibility switches (推免, employment plan submitted,
 * 签约开放列表), set by the school's admins (R-ACC-5).
 */
@Path(Api.BASE + "/graduates/{graduateId}/signing-flags")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateSigningFlagsResource {
    private final EligibilityService eligibility;

    /** Body of a change: the switches to set (absent ones stay) and the record's version. */
    public record Update(Long version, Boolean recommendedForPostgraduate, Boolean planSubmitted,
            Boolean signingRestricted) {
    }

    public GraduateSigningFlagsResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    public SigningFlags get(@PathParam("graduateId") String graduateId, @Context ContainerRequestContext request) {
        return eligibility.flags(Callers.of(request), graduateId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningFlags set(@PathParam("graduateId") String graduateId, Update body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context ContainerRequestContext request) {
        Update b = Params.required("body", body);
        long version = Params.version(b.version(), ifMatch);
        return eligibility.setFlags(Callers.of(request), graduateId, new SigningFlags.Update(
                b.recommendedForPostgraduate(), b.planSubmitted(), b.signingRestricted()), version);
    }
}
