package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.PasswordService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /me/password}: change one's own password; the caller's other sessions end (R-ACC-4). */
@Component(service = RestResource.class)
@ApiTag(value = "accounts", description = "One's own account: phone confirmation by SMS code (R-ACC-3), "
        + "password change and recovery (R-ACC-4)")
@Path(Api.BASE + "/me/password")
public final class MePasswordResource implements RestResource {
    private final PasswordService passwords;

    /** Body of the change. */
    public record ChangeBody(String currentPassword, String newPassword) {
    }

    @Activate
    public MePasswordResource(@Reference PasswordService passwords) {
        this.passwords = passwords;
    }

    @ApiOperation(id = "changeMyPassword",
            summary = "Change one's own password; the caller's other sessions end (R-ACC-4)",
            returns = "Changed",
            errors = { 400, 403, 415, 422 })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void change(ChangeBody body, @Context ContainerRequestContext request) {
        ChangeBody b = body == null ? new ChangeBody(null, null) : body;
        new Required().check("currentPassword", b.currentPassword()).check("newPassword", b.newPassword()).done();
        passwords.change(Callers.of(request), Callers.token(request), b.currentPassword().toCharArray(),
                b.newPassword().toCharArray());
    }
}
