package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.account.UserService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /users}: user accounts: list, create (with a one-time initial password), read, disable, and password reset
 * by an administrator in scope (a generated password shown once, R-ACC-4).
 */
@Component(service = RestResource.class)
@ApiTag("users")
@Path(Api.BASE + "/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource implements RestResource {
    private final UserService users;
    private final io.jiuye.api.account.PasswordService passwords;

    /** Body of {@code POST /users}; without a password the service generates one. */
    public record NewUserBody(String username, String displayName, Role role, String schoolId, String collegeId,
            String employerId, String password) {
    }

    /** Body of a versioned action without further input. */
    public record VersionBody(Long version) {
    }

    @Activate
    public UserResource(@Reference UserService users, @Reference io.jiuye.api.account.PasswordService passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @ApiOperation(id = "listUsers",
            summary = "Users the caller may see",
            returns = "OK",
            errors = { 400, 403, 422 })
    @GET
    public Page<UserDto> list(@QueryParam("schoolId") String schoolId,
            @QueryParam("role") @ApiParam(type = Role.class) String role,
            @QueryParam("q") String q, @BeanParam PageParams page, @Context ContainerRequestContext request) {
        return users.list(Callers.of(request), SchoolResource.blankToNull(schoolId),
                Params.enumValue("role", role, Role.class), SchoolResource.blankToNull(q), page.toPageRequest());
    }

    @ApiOperation(id = "createUser",
            summary = "Create a user account",
            responses = @ApiResponse(status = 201, description = "Created", type = CreatedUser.class),
            errors = { 400, 403, 409, 415, 422 })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUserBody body, @Context ContainerRequestContext request) {
        NewUserBody b = body == null ? new NewUserBody(null, null, null, null, null, null, null) : body;
        new Required().check("username", b.username()).check("role", b.role()).done();
        char[] password = b.password() == null || b.password().isEmpty() ? null : b.password().toCharArray();
        CreatedUser created = users.create(Callers.of(request), new NewUser(b.username(), b.displayName(), b.role(),
                b.schoolId(), b.collegeId(), b.employerId(), password));
        return Response.created(UriBuilder.fromPath(Api.BASE).path("users/{id}").build(created.user().id()))
                .entity(created).build();
    }

    @ApiOperation(id = "getUser",
            summary = "One user account",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{userId}")
    public UserDto get(@PathParam("userId") String userId, @Context ContainerRequestContext request) {
        return users.get(Callers.of(request), userId);
    }

    @ApiOperation(id = "disableUser",
            summary = "Disable an account and end its sessions",
            returns = "OK",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{userId}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDto disable(@PathParam("userId") String userId, VersionBody body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context ContainerRequestContext request) {
        long version = Params.version(body == null ? null : body.version(), ifMatch);
        return users.disable(Callers.of(request), userId, version);
    }

    @ApiOperation(id = "resetUserPassword",
            summary = "Reset a user's password to a generated one, shown once (school admins for their school, "
                    + "college "
                + "admins for their college's students, the operator for anyone); the user's sessions end",
            returns = "Reset",
            errors = { 403, 404 })
    @POST
    @Path("{userId}/password-reset")
    public CreatedUser resetPassword(@PathParam("userId") String userId, @Context ContainerRequestContext request) {
        return passwords.adminReset(Callers.of(request), userId);
    }
}
