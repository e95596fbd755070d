package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.graduate.GraduateDto;
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

/** The graduates of a school (school admins) or of the caller's college (college admins), masked. */
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
            @QueryParam("q") String query, @BeanParam PageParams page, @Context ContainerRequestContext request) {
        return graduates.list(Callers.of(request), schoolId, Params.integer("graduationYear", graduationYear),
                collegeId, query, page.toPageRequest());
    }
}
