package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.PasswordService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /me/password}: change one's own password; the caller's other sessions end (R-ACC-4). */
@Path(Api.BASE + "/me/password")
public final class MePasswordResource {
    private final PasswordService passwords;

    /** Body of the change. */
    public record ChangeBody(String currentPassword, String newPassword) {
    }

    public MePasswordResource(PasswordService passwords) {
        this.passwords = passwords;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void change(ChangeBody body, @Context ContainerRequestContext request) {
        ChangeBody b = body == null ? new ChangeBody(null, null) : body;
        new Required().check("currentPassword", b.currentPassword()).check("newPassword", b.newPassword()).done();
        passwords.change(Callers.of(request), Callers.token(request), b.currentPassword().toCharArray(),
                b.newPassword().toCharArray());
    }
}
