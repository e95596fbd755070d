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
