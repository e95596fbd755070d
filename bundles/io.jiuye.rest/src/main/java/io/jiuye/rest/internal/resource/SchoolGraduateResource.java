package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateFilter;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
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

/**
 * The graduates of a school (school admins) or of the caller's college (college admins), masked, filtered by cohort,
 * college, name or number and source-information state; also as an xlsx export.
 */
@Path(Api.BASE + "/schools/{schoolId}/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolGraduateResource {
    private final GraduateService graduates;

    public SchoolGraduateResource(GraduateService graduates) {
        this.graduates = graduates;
    }

    @GET
    public Page<GraduateDto> list(@PathParam("schoolId") String schoolId,
            @QueryParam("graduationYear") String graduationYear, @QueryParam("collegeId") String collegeId,
            @QueryParam("majorId") String majorId, @QueryParam("q") String query,
            @QueryParam("sourceState") String sourceState, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return graduates.list(Callers.of(request),
                filter(schoolId, graduationYear, collegeId, majorId, query, sourceState), page.toPageRequest());
    }

    /** The same list as an xlsx workbook, every matching row (R-STAT-1 export). */
    @GET
    @Path("export")
    @Produces(GraduateImportResource.XLSX)
    public Response export(@PathParam("schoolId") String schoolId,
            @QueryParam("graduationYear") String graduationYear, @QueryParam("collegeId") String collegeId,
            @QueryParam("majorId") String majorId, @QueryParam("q") String query,
            @QueryParam("sourceState") String sourceState, @Context ContainerRequestContext request) {
        byte[] xlsx = graduates.export(Callers.of(request),
                filter(schoolId, graduationYear, collegeId, majorId, query, sourceState));
        return Response.ok(xlsx, GraduateImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"graduates.xlsx\"").build();
    }

    private static GraduateFilter filter(String schoolId, String year, String collegeId, String majorId, String query,
            String state) {
        return new GraduateFilter(schoolId, Params.integer("graduationYear", year), collegeId, majorId, query,
                state == null || state.isBlank() ? null : Params.enumValue("sourceState", state, SourceState.class));
    }
}
