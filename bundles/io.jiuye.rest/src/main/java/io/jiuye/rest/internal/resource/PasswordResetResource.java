package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.PasswordService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.auth.Public;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.Request;

/**
 * {@code /password-resets}: password recovery by e-mail code (R-ACC-4), without login. The request answers 202
 * whether or not the account exists; {@code confirm} sets the new password with the code.
 */
@Path(Api.BASE + "/password-resets")
public final class PasswordResetResource {
    private final PasswordService passwords;

    /** Body of the request. */
    public record ResetRequest(String username) {
    }

    /** Body of the confirmation. */
    public record ResetConfirmation(String username, String code, String newPassword) {
    }

    public PasswordResetResource(PasswordService passwords) {
        this.passwords = passwords;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ResetRequest body, @Context Request http) {
        String username = body == null ? null : body.username();
        new Required().check("username", username).done();
        passwords.requestReset(username, http == null ? null : http.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public void confirm(ResetConfirmation body, @Context Request http) {
        ResetConfirmation b = body == null ? new ResetConfirmation(null, null, null) : body;
        new Required().check("username", b.username()).check("code", b.code()).check("newPassword",
                b.newPassword()).done();
        passwords.confirmReset(b.username(), b.code(), b.newPassword().toCharArray(),
                http == null ? null : http.getRemoteAddr());
    }
}
