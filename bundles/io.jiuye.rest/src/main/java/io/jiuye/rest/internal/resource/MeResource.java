package io.jiuye.rest.internal.resource;

import io.jiuye.api.Principal;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.account.UserService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /me}: the calling user's own account. */
@Path(Api.BASE + "/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
    private final UserService users;

    public MeResource(UserService users) {
        this.users = users;
    }

    @GET
    public UserDto me(@Context ContainerRequestContext request) {
        Principal caller = Callers.of(request);
        return users.get(caller, caller.userId());
    }
}
