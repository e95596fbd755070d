package io.jiuye.rest.internal.resource;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.Principal;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SigningModeDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.tenancy.CohortDto;
import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.FieldCode;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.Params;
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
 * {@code /schools}: schools (the tenants), their colleges and cohorts, and the plugin contributions that apply to a
 * school. The plugins a school enables live in {@link SchoolPluginResource}.
 */
@Component(service = RestResource.class)
@ApiTag("schools")
@Path(Api.BASE + "/schools")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolResource implements RestResource {
    private final TenancyService tenancy;
    private final SchoolPlugins schoolPlugins;

    /** Body of {@code POST /schools}. */
    public record NewSchool(String code, String name, String province) {
    }

    /** Body of {@code POST /schools/{id}/colleges}. */
    public record NewCollege(String code, String name) {
    }

    /** Body of {@code POST /schools/{id}/cohorts}. */
    public record NewCohort(Integer graduationYear, String name, Boolean current) {
    }

    /** Body of {@code POST /schools/{id}/selections}. */
    public record Selection(ContributionKind kind, String contributionId) {
    }

    @Activate
    public SchoolResource(@Reference TenancyService tenancy, @Reference SchoolPlugins schoolPlugins) {
        this.tenancy = tenancy;
        this.schoolPlugins = schoolPlugins;
    }

    @ApiOperation(id = "listSchools",
            summary = "Schools visible to the caller",
            returns = "OK",
            errors = { 400, 403, 422 })
    @GET
    public Page<SchoolDto> list(@QueryParam("q") String q, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return tenancy.schools(Callers.of(request), blankToNull(q), page.toPageRequest());
    }

    @ApiOperation(id = "createSchool",
            summary = "Create a school (operators)",
            responses = @ApiResponse(status = 201, description = "Created", type = SchoolDto.class),
            errors = { 400, 403, 409, 415, 422 })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewSchool body, @Context ContainerRequestContext request) {
        NewSchool b = body == null ? new NewSchool(null, null, null) : body;
        SchoolDto school = tenancy.createSchool(Callers.of(request), b.code(), b.name(), b.province());
        return Response.created(UriBuilder.fromPath(Api.BASE).path("schools/{id}").build(school.id()))
                .entity(school).build();
    }

    @ApiOperation(id = "getSchool",
            summary = "One school",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{schoolId}")
    public SchoolDto get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        return tenancy.school(Callers.of(request), schoolId);
    }

    @ApiOperation(id = "listColleges",
            summary = "Colleges of a school",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    @Path("{schoolId}/colleges")
    public Page<CollegeDto> colleges(@PathParam("schoolId") String schoolId, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return tenancy.colleges(Callers.of(request), schoolId, page.toPageRequest());
    }

    @ApiOperation(id = "createCollege",
            summary = "Add a college to a school (school admins)",
            responses = @ApiResponse(status = 201, description = "Created", type = CollegeDto.class),
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{schoolId}/colleges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCollege(@PathParam("schoolId") String schoolId, NewCollege body,
            @Context ContainerRequestContext request) {
        NewCollege b = body == null ? new NewCollege(null, null) : body;
        CollegeDto college = tenancy.createCollege(Callers.of(request), schoolId, b.code(), b.name());
        return Response.status(Response.Status.CREATED).entity(college).build();
    }

    @ApiOperation(id = "listCohorts",
            summary = "Graduation cohorts of a school",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    @Path("{schoolId}/cohorts")
    public Page<CohortDto> cohorts(@PathParam("schoolId") String schoolId, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        return tenancy.cohorts(Callers.of(request), schoolId, page.toPageRequest());
    }

    @ApiOperation(id = "createCohort",
            summary = "Add a graduation cohort (school admins)",
            responses = @ApiResponse(status = 201, description = "Created", type = CohortDto.class),
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{schoolId}/cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCohort(@PathParam("schoolId") String schoolId, NewCohort body,
            @Context ContainerRequestContext request) {
        NewCohort b = body == null ? new NewCohort(null, null, null) : body;
        new Required().check("graduationYear", b.graduationYear()).done();
        CohortDto cohort = tenancy.createCohort(Callers.of(request), schoolId, b.graduationYear(), b.name(),
                Boolean.TRUE.equals(b.current()));
        return Response.status(Response.Status.CREATED).entity(cohort).build();
    }

    @ApiOperation(id = "listContributions", tag = "plugins",
            summary = "Live contributions of one kind that apply to a school",
            returns = "OK",
            errors = { 400, 403, 404, 422 })
    @GET
    @Path("{schoolId}/contributions")
    public Items<ContributionView> contributions(@PathParam("schoolId") String schoolId,
            @QueryParam("kind") @ApiParam(type = ContributionKind.class) String kind,
                    @Context ContainerRequestContext request) {
        ContributionKind k = Params.required("kind", Params.enumValue("kind", kind, ContributionKind.class));
        Principal caller = Callers.of(request);
        tenancy.school(caller, schoolId); // enforces the caller's scope
        return new Items<>(PluginView.views(schoolPlugins.contributions(schoolId, type(k))));
    }

    @ApiOperation(id = "selectContribution", tag = "plugins",
            summary = "Pick the contribution a school uses for a pick-one kind",
            returns = "Done",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{schoolId}/selections")
    @Consumes(MediaType.APPLICATION_JSON)
    public void select(@PathParam("schoolId") String schoolId, Selection body,
            @Context ContainerRequestContext request) {
        Selection b = body == null ? new Selection(null, null) : body;
        new Required().check("kind", b.kind()).check("contributionId", b.contributionId()).done();
        ContributionId choice;
        try {
            choice = ContributionId.parse(b.contributionId());
        } catch (IllegalArgumentException e) {
            throw JiuyeException.invalid("contributionId", FieldCode.INVALID_FORMAT.name());
        }
        schoolPlugins.select(Callers.of(request), schoolId, b.kind(), choice);
    }

    /** The definition record of each contribution kind. */
    static Class<? extends Contribution> type(ContributionKind kind) {
        return switch (kind) {
            case ITEM_TYPE -> ItemTypeDefinition.class;
            case SIGNING_MODE -> SigningModeDefinition.class;
            case DESTINATION_CATEGORY -> DestinationCategoryDefinition.class;
            case TERMINATION_RULE -> TerminationRuleDefinition.class;
            case DOCUMENT_TEMPLATE -> DocumentTemplateDefinition.class;
        };
    }

    static String blankToNull(String s) {
        return Params.text(s);
    }
}
