package io.jiuye.employers.internal.rest;

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
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
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
import jakarta.ws.rs.core.UriBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /employers}: employers (A2). Registration is public (the employer and its first account); school admins
 * list the employers awaiting their qualification review and every verified one; the operator all.
 */
@Component(service = RestResource.class)
@ApiTag(value = "employers", description = "Employers (用人单位, A2): registration, profile, qualification review (资质审核)")
@Path(Api.BASE + "/employers")
@Produces(MediaType.APPLICATION_JSON)
public final class EmployerResource implements RestResource {
    private final EmployerService employers;

    /** Body of a registration: the employer's data, the optional home school, the first account. */
    public record NewEmployer(String name, String creditCode, EmployerNature nature, Industry industry,
            String location, String address, String postcode, String contactPerson, String phone, String email,
            ArchiveReceiving archive, HukouReceiving hukou, String homeSchoolId, String username, String password) {
    }

    @Activate
    public EmployerResource(@Reference EmployerService employers) {
        this.employers = employers;
    }

    @ApiOperation(id = "registerEmployer",
            summary = "Register an employer and its first account (public); with homeSchoolId its qualification "
                    + "review "
                + "starts at once",
            description = "The employer starts PENDING. Its qualification (资质审核) is reviewed by an admin of its home "
                + "school as review item `core:employer-qualification@1` (approve, or reject with a reason); "
                + "verification is deployment-wide. The unified social credit code (GB 32100-2015) is checked and "
                + "registers once (409 EMPLOYER_ALREADY_REGISTERED). Archive and hukou receiving default to not "
                        + "receiving.",
            responses = @ApiResponse(status = 201, description = "The employer and its account; Location names "
                    + "the employer", type = EmployerRegistered.class),
            errors = { 400, 409, 415, 422 })
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewEmployer body, @Context ContainerRequestContext request) {
        NewEmployer b = Params.required("body", body);
        new Required().check("username", b.username()).check("password", b.password()).done();
        EmployerRegistered r = employers.register(new EmployerRegistration(new EmployerProfile(b.name(),
                b.creditCode(), b.nature(), b.industry(), b.location(), b.address(), b.postcode(), b.contactPerson(),
                b.phone(), b.email(), b.archive(), b.hukou()), b.homeSchoolId(), b.username(),
                b.password().toCharArray()), Callers.remoteAddress(request));
        return Response.created(UriBuilder.fromPath(Api.BASE).path("employers/{id}").build(r.employer().id()))
                .entity(r).build();
    }

    @ApiOperation(id = "listEmployers",
            summary = "Employers the caller may see: the operator all; a school admin those whose home school is "
                + "theirs (e.g. awaiting its qualification review) and every verified one",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    public Page<EmployerDto> list(@QueryParam("state") @ApiParam(type = EmployerState.class) String state,
            @QueryParam("q") String q,
            @BeanParam PageParams page, @Context ContainerRequestContext request) {
        return employers.list(Callers.of(request), Params.enumValue("state", state, EmployerState.class),
                Params.text(q), page.toPageRequest());
    }

    /** The same list as an xlsx workbook (R-STAT-1 export). */
    @ApiOperation(id = "exportEmployers",
            summary = "The employer list as an xlsx workbook (school admins: their pending and every verified "
                    + "one; the "
                + "operator: all)",
            responses = @ApiResponse(status = 200, description = "The workbook", type = byte[].class),
            errors = { 400, 403 })
    @GET
    @Path("export")
    @Produces(Api.XLSX)
    public Response export(@QueryParam("state") @ApiParam(type = EmployerState.class) String state,
            @QueryParam("q") String q,
            @Context ContainerRequestContext request) {
        byte[] xlsx = employers.export(Callers.of(request), Params.enumValue("state", state, EmployerState.class),
                Params.text(q));
        return Response.ok(xlsx, Api.XLSX)
                .header("Content-Disposition", "attachment; filename=\"employers.xlsx\"").build();
    }

    @ApiOperation(id = "getEmployer",
            summary = "One employer: the operator, its home school's admins (any admin once verified), its own "
                    + "accounts",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{employerId}")
    public EmployerDto get(@PathParam("employerId") String employerId, @Context ContainerRequestContext request) {
        return employers.get(Callers.of(request), employerId);
    }
}
