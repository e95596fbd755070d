package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.graduate.SourceReviewChain;
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

/** {@code /schools/{id}/source-review-chain}: who reviews the school's source information (R-SRC-2). */
@Component(service = RestResource.class)
@ApiTag(value = "source-info", description = "Source-information verification (R-SRC-1..3)")
@Path(Api.BASE + "/schools/{schoolId}/source-review-chain")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolSourceReviewChainResource implements RestResource {
    private final SourceInfoService sourceInfo;

    /** The chain: COLLEGE_THEN_SCHOOL or SCHOOL_ONLY. */
    public record Chain(SourceReviewChain chain) {
    }

    @Activate
    public SchoolSourceReviewChainResource(@Reference SourceInfoService sourceInfo) {
        this.sourceInfo = sourceInfo;
    }

    @ApiOperation(id = "getSourceReviewChain",
            summary = "Who reviews the school's source information",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public Chain get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        Callers.of(request);
        return new Chain(sourceInfo.reviewChain(schoolId));
    }

    @ApiOperation(id = "setSourceReviewChain",
            summary = "Set it (school admins); items already submitted keep their chain",
            returns = "OK",
            errors = { 400, 403, 404, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Chain set(@PathParam("schoolId") String schoolId, Chain body, @Context ContainerRequestContext request) {
        SourceReviewChain chain = Params.required("chain", body == null ? null : body.chain());
        return new Chain(sourceInfo.setReviewChain(Callers.of(request), schoolId, chain));
    }
}
