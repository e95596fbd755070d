package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerNature;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerRegistered;
import io.jiuye.api.employer.EmployerRegistration;
import io.jiuye.api.employer.EmployerService;
import io.jiuye.api.employer.EmployerState;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.employer.Industry;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import io.jiuye.rest.internal.auth.Public;
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
import jakarta.ws.rs.core.UriBuilder;
import org.glassfish.grizzly.http.server.Request;

/**
 * {@code /employers}: employers (A2). Registration is public (the employer and its first account); school admins
 * list the employers awaiting their qualification review and every verified one; the operator all.
 */
@Path(Api.BASE + "/employers")
@Produces(MediaType.APPLICATION_JSON)
public final class EmployerResource {
    private final EmployerService employers;

    /** Body of a registration: the employer's data, the optional home school, the first account. */
    public record NewEmployer(String name, String creditCode, EmployerNature nature, Industry industry,
            String location, String address, String postcode, String contactPerson, String phone, String email,
            ArchiveReceiving archive, HukouReceiving hukou, String homeSchoolId, String username, String password) {
    }

    public EmployerResource(EmployerService employers) {
        this.employers = employers;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewEmployer body, @Context Request http) {
        NewEmployer b = Params.required("body", body);
        new Required().check("username", b.username()).check("password", b.password()).done();
        EmployerRegistered r = employers.register(new EmployerRegistration(new EmployerProfile(b.name(),
                b.creditCode(), b.nature(), b.industry(), b.location(), b.address(), b.postcode(), b.contactPerson(),
                b.phone(), b.email(), b.archive(), b.hukou()), b.homeSchoolId(), b.username(),
                b.password().toCharArray()), http == null ? null : http.getRemoteAddr());
        return Response.created(UriBuilder.fromPath(Api.BASE).path("employers/{id}").build(r.employer().id()))
                .entity(r).build();
    }

    @GET
    public Page<EmployerDto> list(@QueryParam("state") String state, @QueryParam("q") String q,
            @BeanParam PageParams page, @Context ContainerRequestContext request) {
        return employers.list(Callers.of(request), Params.enumValue("state", state, EmployerState.class),
                SchoolResource.blankToNull(q), page.toPageRequest());
    }

    /** The same list as an xlsx workbook (R-STAT-1 export). */
    @GET
    @Path("export")
    @Produces(GraduateImportResource.XLSX)
    public Response export(@QueryParam("state") String state, @QueryParam("q") String q,
            @Context ContainerRequestContext request) {
        byte[] xlsx = employers.export(Callers.of(request), Params.enumValue("state", state, EmployerState.class),
                SchoolResource.blankToNull(q));
        return Response.ok(xlsx, GraduateImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"employers.xlsx\"").build();
    }

    @GET
    @Path("{employerId}")
    public EmployerDto get(@PathParam("employerId") String employerId, @Context ContainerRequestContext request) {
        return employers.get(Callers.of(request), employerId);
    }
}
