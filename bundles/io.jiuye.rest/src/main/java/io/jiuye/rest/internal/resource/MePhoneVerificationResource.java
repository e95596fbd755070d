package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.PhoneVerification;
import io.jiuye.api.account.PhoneVerificationService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /me/phone-verification}: the student confirms the phone of their record with an SMS code (R-ACC-3):
 * {@code POST code} sends one, {@code POST} with {@code {code}} confirms it, {@code GET} tells the state.
 */
@Path(Api.BASE + "/me/phone-verification")
@Produces(MediaType.APPLICATION_JSON)
public final class MePhoneVerificationResource {
    private final PhoneVerificationService phones;

    /** Body of the confirmation. */
    public record CodeBody(String code) {
    }

    public MePhoneVerificationResource(PhoneVerificationService phones) {
        this.phones = phones;
    }

    @GET
    public PhoneVerification get(@Context ContainerRequestContext request) {
        return phones.status(Callers.of(request));
    }

    @POST
    @Path("code")
    public Response sendCode(@Context ContainerRequestContext request) {
        return Response.accepted(phones.sendCode(Callers.of(request))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PhoneVerification confirm(CodeBody body, @Context ContainerRequestContext request) {
        String code = body == null ? null : body.code();
        new Required().check("code", code).done();
        return phones.confirm(Callers.of(request), code);
    }
}
