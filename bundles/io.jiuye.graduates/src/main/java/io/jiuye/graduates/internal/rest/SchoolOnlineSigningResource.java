package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /schools/{id}/online-signing}: the school's global online-signing switch (网签开放设置, R-ACC-5). */
@Component(service = RestResource.class)
@ApiTag(value = "eligibility", description = "Signing eligibility (R-ACC-5) and its switches")
@Path(Api.BASE + "/schools/{schoolId}/online-signing")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolOnlineSigningResource implements RestResource {
    private final EligibilityService eligibility;

    /** Whether online signing is open. */
    public record OnlineSigning(Boolean open) {
    }

    @Activate
    public SchoolOnlineSigningResource(@Reference EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @ApiOperation(id = "getOnlineSigning",
            summary = "Whether the school's online signing is open (网签开放设置): members of the school",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public OnlineSigning get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        return new OnlineSigning(eligibility.onlineSigningOpen(Callers.of(request), schoolId));
    }

    @ApiOperation(id = "setOnlineSigning",
            summary = "Open or close the school's online signing (its admins); audited",
            returns = "OK",
            errors = { 400, 403, 404, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public OnlineSigning set(@PathParam("schoolId") String schoolId, OnlineSigning body,
            @Context ContainerRequestContext request) {
        boolean open = Params.required("open", body == null ? null : body.open());
        return new OnlineSigning(eligibility.setOnlineSigning(Callers.of(request), schoolId, open));
    }
}
