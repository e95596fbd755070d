package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.graduate.SourceReviewChain;
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

/** {@code /schools/{id}/source-review-chain}: who reviews the school's source information (R-SRC-2). */
@Path(Api.BASE + "/schools/{schoolId}/source-review-chain")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolSourceReviewChainResource {
    private final SourceInfoService sourceInfo;

    /** The chain: COLLEGE_THEN_SCHOOL or SCHOOL_ONLY. */
    public record Chain(SourceReviewChain chain) {
    }

    public SchoolSourceReviewChainResource(SourceInfoService sourceInfo) {
        this.sourceInfo = sourceInfo;
    }

    @GET
    public Chain get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        Callers.of(request);
        return new Chain(sourceInfo.reviewChain(schoolId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Chain set(@PathParam("schoolId") String schoolId, Chain body, @Context ContainerRequestContext request) {
        SourceReviewChain chain = Params.required("chain", body == null ? null : body.chain());
        return new Chain(sourceInfo.setReviewChain(Callers.of(request), schoolId, chain));
    }
}
