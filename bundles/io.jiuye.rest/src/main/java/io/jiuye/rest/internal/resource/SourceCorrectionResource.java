package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceCorrectionService.Evidence;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** {@code /source-corrections/{id}/evidence/{n}}: a correction's evidence images, for the graduate and the school. */
@Path(Api.BASE + "/source-corrections")
public final class SourceCorrectionResource {
    private final SourceCorrectionService corrections;

    public SourceCorrectionResource(SourceCorrectionService corrections) {
        this.corrections = corrections;
    }

    @GET
    @Path("{correctionId}/evidence/{index}")
    @Produces({"image/jpeg", "image/png"})
    public Response evidence(@PathParam("correctionId") String correctionId, @PathParam("index") String index,
            @Context ContainerRequestContext request) {
        Evidence e = corrections.evidence(Callers.of(request), correctionId,
                Params.required("index", Params.integer("index", index)));
        return Response.ok(e.content(), e.mediaType()).header("Content-Disposition", "inline").build();
    }
}
