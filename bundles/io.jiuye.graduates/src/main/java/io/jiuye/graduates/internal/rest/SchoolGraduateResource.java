package io.jiuye.graduates.internal.rest;

import io.jiuye.api.Page;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateFilter;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The graduates of a school (school admins) or of the caller's college (college admins), masked, filtered by cohort,
 * college, name or number and source-information state; also as an xlsx export.
 */
@Component(service = RestResource.class)
@ApiTag(value = "graduates", description = "Graduate records (生源): import and lists (R-ACC-1)")
@Path(Api.BASE + "/schools/{schoolId}/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolGraduateResource implements RestResource {
    private final GraduateService graduates;

    @Activate
    public SchoolGraduateResource(@Reference GraduateService graduates) {
        this.graduates = graduates;
    }

    @ApiOperation(id = "listGraduates",
            summary = "Graduates of a school (school admins) or of the caller's college (college admins), masked",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    public Page<GraduateDto> list(@PathParam("schoolId") String schoolId,
            @QueryParam("graduationYear") @ApiParam(type = Integer.class) String graduationYear,
                    @QueryParam("collegeId") String collegeId,
            @QueryParam("majorId") String majorId, @QueryParam("q") String query,
            @QueryParam("sourceState") @ApiParam(type = SourceState.class) String sourceState,
                    @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return graduates.list(Callers.of(request),
                filter(schoolId, graduationYear, collegeId, majorId, query, sourceState), page.toPageRequest());
    }

    /** The same list as an xlsx workbook, every matching row (R-STAT-1 export). */
    @ApiOperation(id = "exportGraduates",
            summary = "The same list as an xlsx workbook, every matching row, masked (R-STAT-1); audited",
            responses = @ApiResponse(status = 200, description = "The workbook", type = byte[].class),
            errors = { 400, 403, 404 })
    @GET
    @Path("export")
    @Produces(Api.XLSX)
    public Response export(@PathParam("schoolId") String schoolId,
            @QueryParam("graduationYear") @ApiParam(type = Integer.class) String graduationYear,
                    @QueryParam("collegeId") String collegeId,
            @QueryParam("majorId") String majorId, @QueryParam("q") String query,
            @QueryParam("sourceState") @ApiParam(type = SourceState.class) String sourceState,
                    @Context ContainerRequestContext request) {
        byte[] xlsx = graduates.export(Callers.of(request),
                filter(schoolId, graduationYear, collegeId, majorId, query, sourceState));
        return Response.ok(xlsx, Api.XLSX)
                .header("Content-Disposition", "attachment; filename=\"graduates.xlsx\"").build();
    }

    private static GraduateFilter filter(String schoolId, String year, String collegeId, String majorId, String query,
            String state) {
        return new GraduateFilter(schoolId, Params.integer("graduationYear", year), collegeId, majorId, query,
                state == null || state.isBlank() ? null : Params.enumValue("sourceState", state, SourceState.class));
    }
}
