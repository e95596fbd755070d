package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.PasswordService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /password-resets}: password recovery by e-mail code (R-ACC-4), without login. The request answers 202
 * whether or not the account exists; {@code confirm} sets the new password with the code.
 */
@Component(service = RestResource.class)
@ApiTag(value = "accounts", description = "One's own account: phone confirmation by SMS code (R-ACC-3), "
        + "password change and recovery (R-ACC-4)")
@Path(Api.BASE + "/password-resets")
public final class PasswordResetResource implements RestResource {
    private final PasswordService passwords;

    /** Body of the request. */
    public record ResetRequest(String username) {
    }

    /** Body of the confirmation. */
    public record ResetConfirmation(String username, String code, String newPassword) {
    }

    @Activate
    public PasswordResetResource(@Reference PasswordService passwords) {
        this.passwords = passwords;
    }

    @ApiOperation(id = "requestPasswordReset",
            summary = "Password recovery: e-mail a code to the account's address. Always 202, whether or not "
                    + "the account exists",
            responses = @ApiResponse(status = 202, description = "Accepted (says nothing about the account)",
                    type = Void.class),
            errors = { 400, 415, 422, 503 })
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ResetRequest body, @Context ContainerRequestContext request) {
        String username = body == null ? null : body.username();
        new Required().check("username", username).done();
        passwords.requestReset(username, Callers.remoteAddress(request));
        return Response.accepted().build();
    }

    @ApiOperation(id = "confirmPasswordReset",
            summary = "Set a new password with the e-mailed code; all sessions of the account end",
            returns = "Password set",
            errors = { 400, 415, 422 })
    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public void confirm(ResetConfirmation body, @Context ContainerRequestContext request) {
        ResetConfirmation b = body == null ? new ResetConfirmation(null, null, null) : body;
        new Required().check("username", b.username()).check("code", b.code()).check("newPassword",
                b.newPassword()).done();
        passwords.confirmReset(b.username(), b.code(), b.newPassword().toCharArray(),
                Callers.remoteAddress(request));
    }
}
