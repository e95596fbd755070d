package io.jiuye.graduates.internal.rest;

import io.jiuye.api.document.DocumentError;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.Locales;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /graduates/{id}}: one graduate record, masked for its admins and in clear for the graduate, and its change
 * log (R-SRC-3).
 */
@Component(service = RestResource.class)
@ApiTag(value = "graduates", description = "Graduate records (生源): import and lists (R-ACC-1)",
        errorCodes = DocumentError.class)
@Path(Api.BASE + "/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateResource implements RestResource {
    private final GraduateService graduates;
    private final SourceInfoService sourceInfo;
    private final RecommendationFormService recommendations;

    @Activate
    public GraduateResource(@Reference GraduateService graduates, @Reference SourceInfoService sourceInfo,
            @Reference RecommendationFormService recommendations) {
        this.graduates = graduates;
        this.sourceInfo = sourceInfo;
        this.recommendations = recommendations;
    }

    @ApiOperation(id = "getGraduate",
            summary = "One graduate record (its admins, masked unless unmask=true, which is audited; the "
                    + "graduate, in clear)",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{graduateId}")
    public GraduateDto get(@PathParam("graduateId") String graduateId,
            @QueryParam("unmask") @ApiParam(type = Boolean.class) String unmask,
            @Context ContainerRequestContext request) {
        return graduates.get(Callers.of(request), graduateId, Params.bool("unmask", unmask));
    }

    @ApiOperation(id = "graduateChanges", tag = "source-info",
            summary = "Change log of a record (变更明细): the graduate and the admins of its college and school",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{graduateId}/changes")
    public Items<FieldChange> changes(@PathParam("graduateId") String graduateId,
            @Context ContainerRequestContext request) {
        return new Items<>(sourceInfo.changes(Callers.of(request), graduateId));
    }

    /** The approved recommendation form as PDF (R-REC-2): the graduate, or the admins of its college and school. */
    @ApiOperation(id = "recommendationFormPdf", tag = "recommendation-form",
            summary = "The approved recommendation form as PDF (the graduate, or the admins of its college and school)",
            responses = @ApiResponse(status = 200, description = "The PDF", type = byte[].class),
            errors = { 403, 404, 409, 503 })
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
