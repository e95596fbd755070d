package io.jiuye.rest.internal.resource;

import io.jiuye.api.Principal;
import io.jiuye.api.account.UserDto;
import io.jiuye.rest.internal.auth.BearerAuthFilter;
import io.jiuye.api.account.UserService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /me}: the calling user's own account. */
@Component(service = RestResource.class)
@ApiTag("users")
@Path(Api.BASE + "/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource implements RestResource {
    private final UserService users;

    @Activate
    public MeResource(@Reference UserService users) {
        this.users = users;
    }

    @ApiOperation(id = "me",
            summary = "The caller's own account",
            returns = "OK",
            errors = { 403 })
    @GET
    public UserDto me(@Context ContainerRequestContext request) {
        Principal caller = Callers.of(request);
        // the account was read with the token, in the same statement: no second transaction
        if (request.getProperty(BearerAuthFilter.ACCOUNT_PROPERTY) instanceof UserDto own
                && own.id().equals(caller.userId())) {
            return own;
        }
        return users.get(caller, caller.userId());
    }
}
