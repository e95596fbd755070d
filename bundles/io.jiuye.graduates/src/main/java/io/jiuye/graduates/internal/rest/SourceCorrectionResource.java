package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.SourceCorrectionService.Evidence;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /source-corrections/{id}/evidence/{n}}: a correction's evidence images, for the graduate and the school. */
@Component(service = RestResource.class)
@ApiTag(value = "source-info", description = "Source-information verification (R-SRC-1..3)")
@Path(Api.BASE + "/source-corrections")
public final class SourceCorrectionResource implements RestResource {
    private final SourceCorrectionService corrections;

    @Activate
    public SourceCorrectionResource(@Reference SourceCorrectionService corrections) {
        this.corrections = corrections;
    }

    @ApiOperation(id = "correctionEvidence",
            summary = "One evidence image of a correction (0-based), for the graduate and the school's admins",
            responses = @ApiResponse(status = 200, description = "The image", type = byte[].class),
            errors = { 400, 403, 404 })
    @GET
    @Path("{correctionId}/evidence/{index}")
    @Produces({"image/jpeg", "image/png"})
    public Response evidence(@PathParam("correctionId") String correctionId,
            @PathParam("index") @ApiParam(type = Integer.class) String index,
            @Context ContainerRequestContext request) {
        int n = Params.required("index", Params.integer("index", index));
        Evidence e = corrections.evidence(Callers.of(request), correctionId, n);
        // the name is ours (ASCII), so filename and filename* (RFC 5987) are the same; the content was checked
        // by decoding when it was stored, and browsers must not guess another type for it
        String name = "evidence-" + (n + 1) + ("image/png".equals(e.mediaType()) ? ".png" : ".jpg");
        return Response.ok(e.content(), e.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
