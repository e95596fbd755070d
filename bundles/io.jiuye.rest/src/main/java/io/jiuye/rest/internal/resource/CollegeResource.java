package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.tenancy.MajorDto;
import io.jiuye.api.tenancy.TenancyService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
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

/** {@code /colleges/{collegeId}/majors}: the majors a college teaches. */
@Path(Api.BASE + "/colleges")
@Produces(MediaType.APPLICATION_JSON)
public final class CollegeResource {
    private final TenancyService tenancy;

    /** Body of {@code POST /colleges/{id}/majors}. */
    public record NewMajor(String code, String name) {
    }

    public CollegeResource(TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @GET
    @Path("{collegeId}/majors")
    public Page<MajorDto> majors(@PathParam("collegeId") String collegeId, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return tenancy.majors(Callers.of(request), collegeId, page.toPageRequest());
    }

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
