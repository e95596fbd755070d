package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.tenancy.MajorDto;
import io.jiuye.api.tenancy.TenancyService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /colleges/{collegeId}/majors}: the majors a college teaches. */
@Component(service = RestResource.class)
@ApiTag("schools")
@Path(Api.BASE + "/colleges")
@Produces(MediaType.APPLICATION_JSON)
public final class CollegeResource implements RestResource {
    private final TenancyService tenancy;

    /** Body of {@code POST /colleges/{id}/majors}. */
    public record NewMajor(String code, String name) {
    }

    @Activate
    public CollegeResource(@Reference TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @ApiOperation(id = "listMajors",
            summary = "Majors of a college",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    @Path("{collegeId}/majors")
    public Page<MajorDto> majors(@PathParam("collegeId") String collegeId, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return tenancy.majors(Callers.of(request), collegeId, page.toPageRequest());
    }

    @ApiOperation(id = "createMajor",
            summary = "Add a major to a college (school admins)",
            responses = @ApiResponse(status = 201, description = "Created", type = MajorDto.class),
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{collegeId}/majors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createMajor(@PathParam("collegeId") String collegeId, NewMajor body,
            @Context ContainerRequestContext request) {
        NewMajor b = body == null ? new NewMajor(null, null) : body;
        MajorDto major = tenancy.createMajor(Callers.of(request), collegeId, b.code(), b.name());
        return Response.status(Response.Status.CREATED).entity(major).build();
    }
}
