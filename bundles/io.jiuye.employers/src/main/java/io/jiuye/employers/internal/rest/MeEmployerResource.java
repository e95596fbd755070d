package io.jiuye.employers.internal.rest;

import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerNature;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerService;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.employer.Industry;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /me/employer}: the employer an employer account acts for: read, change its data (versioned), submit it to
 * qualification review (again after a rejection).
 */
@Component(service = RestResource.class)
@ApiTag(value = "employers", description = "Employers (用人单位, A2): registration, profile, qualification review (资质审核)")
@Path(Api.BASE + "/me/employer")
@Produces(MediaType.APPLICATION_JSON)
public final class MeEmployerResource implements RestResource {
    private final EmployerService employers;

    /** Body of a change: the fields to change (absent ones stay) and the version the caller saw. */
    public record Update(Long version, String name, String creditCode, EmployerNature nature, Industry industry,
            String location, String address, String postcode, String contactPerson, String phone, String email,
            ArchiveReceiving archive, HukouReceiving hukou) {
    }

    /** Body of a submission: the version and, optionally, the school to review it. */
    public record Submit(Long version, String homeSchoolId) {
    }

    @Activate
    public MeEmployerResource(@Reference EmployerService employers) {
        this.employers = employers;
    }

    @ApiOperation(id = "getMyEmployer",
            summary = "The employer the calling employer account acts for",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public EmployerDto get(@Context ContainerRequestContext request) {
        return employers.mine(Callers.of(request));
    }

    @ApiOperation(id = "updateMyEmployer",
            summary = "Change the employer's data (absent fields stay; archive and hukou are replaced as a whole); "
                + "refused while in review (409 EMPLOYER_IN_REVIEW); name and credit code are fixed once verified",
            returns = "Saved",
            errors = { 400, 403, 404, 409, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployerDto update(Update body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        Update b = Params.required("body", body);
        long version = Params.version(b.version(), ifMatch);
        return employers.update(Callers.of(request), new EmployerProfile(b.name(), b.creditCode(), b.nature(),
                b.industry(), b.location(), b.address(), b.postcode(), b.contactPerson(), b.phone(), b.email(),
                b.archive(), b.hukou()), version);
    }

    @ApiOperation(id = "submitMyEmployer",
            summary = "Send the employer into qualification review: the first time (naming the home school if "
                    + "not yet "
                + "named) or again after a rejection",
            returns = "In review",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployerDto submit(Submit body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        return employers.submit(Callers.of(request), body == null ? null : body.homeSchoolId(),
                Params.version(body == null ? null : body.version(), ifMatch));
    }
}
