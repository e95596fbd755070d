package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.Session;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import io.jiuye.rest.internal.auth.Public;
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
import org.glassfish.grizzly.http.server.Request;

/** {@code /sessions}: log in with a password for a bearer token ({@code POST}), log out ({@code DELETE current}). */
@Path(Api.BASE + "/sessions")
public final class SessionResource {
    private final AuthService auth;

    /** Login body. */
    public record Credentials(String username, String password) {
    }

    public SessionResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response login(Credentials body, @Context Request http) {
        Credentials c = body == null ? new Credentials(null, null) : body;
        new Required().check("username", c.username()).check("password", c.password()).done();
        String remote = http == null ? null : http.getRemoteAddr();
        Session session = auth.login(c.username(), c.password().toCharArray(), remote);
        return Response.created(URI.create(Api.BASE + "/sessions/current")).entity(session).build();
    }

    @DELETE
    @Path("current")
    public void logout(@Context ContainerRequestContext request) {
        Callers.of(request);
        auth.logout(Callers.token(request));
    }
}
