package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningFlags;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /graduates/{id}/signing-flags}: the graduate's eligibility switches (推免, employment plan submitted,
 * 签约开放列表), set by the school's admins (R-ACC-5).
 */
@Component(service = RestResource.class)
@ApiTag(value = "eligibility", description = "Signing eligibility (R-ACC-5) and its switches")
@Path(Api.BASE + "/graduates/{graduateId}/signing-flags")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateSigningFlagsResource implements RestResource {
    private final EligibilityService eligibility;

    /** Body of a change: the switches to set (absent ones stay) and the record's version. */
    public record Update(Long version, Boolean recommendedForPostgraduate, Boolean planSubmitted,
            Boolean signingRestricted) {
    }

    @Activate
    public GraduateSigningFlagsResource(@Reference EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @ApiOperation(id = "getSigningFlags",
            summary = "The graduate's eligibility switches (admins of its college and school)",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public SigningFlags get(@PathParam("graduateId") String graduateId, @Context ContainerRequestContext request) {
        return eligibility.flags(Callers.of(request), graduateId);
    }

    @ApiOperation(id = "setSigningFlags",
            summary = "Set switches (the school's admins): 推免, employment plan submitted, restricted from the "
                + "open-signing list; logged in the record's change log and audited",
            returns = "Saved",
            errors = { 400, 403, 404, 409, 415, 422 })
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
