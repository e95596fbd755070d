package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import io.jiuye.rest.internal.Locales;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /graduates/{id}}: one graduate record, masked for its admins and in clear for the graduate, and its change
 * log (R-SRC-3).
 */
@Path(Api.BASE + "/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateResource {
    private final GraduateService graduates;
    private final SourceInfoService sourceInfo;
    private final RecommendationFormService recommendations;

    public GraduateResource(GraduateService graduates, SourceInfoService sourceInfo,
            RecommendationFormService recommendations) {
        this.graduates = graduates;
        this.sourceInfo = sourceInfo;
        this.recommendations = recommendations;
    }

    @GET
    @Path("{graduateId}")
    public GraduateDto get(@PathParam("graduateId") String graduateId, @QueryParam("unmask") String unmask,
            @Context ContainerRequestContext request) {
        return graduates.get(Callers.of(request), graduateId, Params.bool("unmask", unmask));
    }

    @GET
    @Path("{graduateId}/changes")
    public Items<FieldChange> changes(@PathParam("graduateId") String graduateId,
            @Context ContainerRequestContext request) {
        return new Items<>(sourceInfo.changes(Callers.of(request), graduateId));
    }

    /** The approved recommendation form as PDF (R-REC-2): the graduate, or the admins of its college and school. */
    @GET
    @Path("{graduateId}/recommendation-form.pdf")
    @Produces("application/pdf")
    public Response recommendationForm(@PathParam("graduateId") String graduateId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @Context ContainerRequestContext request) {
        byte[] pdf = recommendations.pdf(Callers.of(request), graduateId, Locales.fromAcceptLanguage(language));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"recommendation-form.pdf\"").build();
    }
}
