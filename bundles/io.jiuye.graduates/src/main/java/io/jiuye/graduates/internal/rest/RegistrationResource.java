package io.jiuye.graduates.internal.rest;

import io.jiuye.api.Page;
import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.Registration;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /registrations}: student self-registration (R-ACC-2), public: the schools to choose from, the keys a school
 * asks for, and the registration itself.
 */
@Component(service = RestResource.class)
@ApiTag(value = "registration", description = "Student self-registration against imported records (R-ACC-2)")
@Path(Api.BASE + "/registrations")
@Produces(MediaType.APPLICATION_JSON)
public final class RegistrationResource implements RestResource {
    private final RegistrationService registrations;

    /** Body of a registration. */
    public record NewRegistration(String schoolId, Integer graduationYear, String studentNumber, String name,
            String idNumber, EducationLevel educationLevel, String password) {
    }

    /** The keys a school's registrations must match. */
    public record Keys(Set<MatchKey> keys) {
    }

    @Activate
    public RegistrationResource(@Reference RegistrationService registrations) {
        this.registrations = registrations;
    }

    @ApiOperation(id = "registrationSchools",
            summary = "Schools to register with (public)",
            returns = "OK",
            errors = { 400, 422 })
    @GET
    @Public
    @Path("schools")
    public Page<SchoolDto> schools(@QueryParam("q") String query, @BeanParam PageParams page) {
        return registrations.schools(query, page.toPageRequest());
    }

    @ApiOperation(id = "registrationKeys",
            summary = "The fields a school's registrations must match (public)",
            returns = "OK",
            errors = { 404 })
    @GET
    @Public
    @Path("schools/{schoolId}/keys")
    public Keys keys(@PathParam("schoolId") String schoolId) {
        return new Keys(registrations.matchKeys(schoolId));
    }

    @ApiOperation(id = "register",
            summary = "Register a student account matching an imported record (public)",
            responses = @ApiResponse(status = 201, description = "The new account", type = UserDto.class),
            errors = { 400, 404, 409, 415, 422 })
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewRegistration body, @Context ContainerRequestContext request) {
        NewRegistration b = Params.required("body", body);
        new Required().check("schoolId", b.schoolId()).check("graduationYear", b.graduationYear())
                .check("password", b.password()).done();
        UserDto user = registrations.register(new Registration(b.schoolId(), b.graduationYear(), b.studentNumber(),
                b.name(), b.idNumber(), b.educationLevel(), b.password().toCharArray()),
                Callers.remoteAddress(request));
        return Response.status(Response.Status.CREATED).entity(user).build();
    }
}
