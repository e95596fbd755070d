package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.Registration;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.auth.Public;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.glassfish.grizzly.http.server.Request;

/**
 * {@code /registrations}: student self-registration (R-ACC-2), public: the schools to choose from, the keys a school
 * asks for, and the registration itself.
 */
@Path(Api.BASE + "/registrations")
@Produces(MediaType.APPLICATION_JSON)
public final class RegistrationResource {
    private final RegistrationService registrations;

    /** Body of a registration. */
    public record NewRegistration(String schoolId, Integer graduationYear, String studentNumber, String name,
            String idNumber, EducationLevel educationLevel, String password) {
    }

    /** The keys a school's registrations must match. */
    public record Keys(Set<MatchKey> keys) {
    }

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GET
    @Public
    @Path("schools")
    public Page<SchoolDto> schools(@QueryParam("q") String query, @BeanParam PageParams page) {
        return registrations.schools(query, page.toPageRequest());
    }

    @GET
    @Public
    @Path("schools/{schoolId}/keys")
    public Keys keys(@PathParam("schoolId") String schoolId) {
        return new Keys(registrations.matchKeys(schoolId));
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewRegistration body, @Context Request http) {
        NewRegistration b = Params.required("body", body);
        new Required().check("schoolId", b.schoolId()).check("graduationYear", b.graduationYear())
                .check("password", b.password()).done();
        UserDto user = registrations.register(new Registration(b.schoolId(), b.graduationYear(), b.studentNumber(),
                b.name(), b.idNumber(), b.educationLevel(), b.password().toCharArray()),
                http == null ? null : http.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(user).build();
    }
}
