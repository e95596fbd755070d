package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.Session;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /sessions}: log in with a password for a bearer token ({@code POST}), log out ({@code DELETE current}). */
@Component(service = RestResource.class)
@ApiTag("sessions")
@Path(Api.BASE + "/sessions")
public final class SessionResource implements RestResource {
    private final AuthService auth;

    /** Login body. */
    public record Credentials(String username, String password) {
    }

    @Activate
    public SessionResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    @ApiOperation(id = "login",
            summary = "Log in: exchange user name and password for a bearer token",
            responses = @ApiResponse(status = 201, description = "Logged in", type = Session.class),
            errors = { 400, 401, 403, 415, 422 })
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response login(Credentials body, @Context ContainerRequestContext request) {
        Credentials c = body == null ? new Credentials(null, null) : body;
        new Required().check("username", c.username()).check("password", c.password()).done();
        String remote = Callers.remoteAddress(request);
        Session session = auth.login(c.username(), c.password().toCharArray(), remote);
        return Response.created(URI.create(Api.BASE + "/sessions/current")).entity(session).build();
    }

    @ApiOperation(id = "logout",
            summary = "Log out: end the session of the token sent",
            returns = "Done",
            errors = { 403 })
    @DELETE
    @Path("current")
    public void logout(@Context ContainerRequestContext request) {
        Callers.of(request);
        auth.logout(Callers.token(request));
    }
}
