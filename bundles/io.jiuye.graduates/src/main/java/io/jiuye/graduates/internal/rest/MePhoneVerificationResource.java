package io.jiuye.graduates.internal.rest;

import io.jiuye.api.account.PhoneVerification;
import io.jiuye.api.account.PhoneVerificationService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /me/phone-verification}: the student confirms the phone of their record with an SMS code (R-ACC-3):
 * {@code POST code} sends one, {@code POST} with {@code {code}} confirms it, {@code GET} tells the state.
 */
@Component(service = RestResource.class)
@ApiTag(value = "accounts", description = "One's own account: phone confirmation by SMS code (R-ACC-3), "
        + "password change and recovery (R-ACC-4)")
@Path(Api.BASE + "/me/phone-verification")
@Produces(MediaType.APPLICATION_JSON)
public final class MePhoneVerificationResource implements RestResource {
    private final PhoneVerificationService phones;

    /** Body of the confirmation. */
    public record CodeBody(String code) {
    }

    @Activate
    public MePhoneVerificationResource(@Reference PhoneVerificationService phones) {
        this.phones = phones;
    }

    @ApiOperation(id = "getMyPhoneVerification",
            summary = "Whether the calling student's phone is confirmed (R-ACC-3)",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public PhoneVerification get(@Context ContainerRequestContext request) {
        return phones.status(Callers.of(request));
    }

    @ApiOperation(id = "sendMyPhoneCode",
            summary = "Send an SMS code to the phone of the student's graduate record (at most one a minute, "
                    + "five an hour)",
            responses = @ApiResponse(status = 202, description = "Sent", type = PhoneVerification.class),
            errors = { 403, 404, 409, 429, 503 })
    @POST
    @Path("code")
    public Response sendCode(@Context ContainerRequestContext request) {
        return Response.accepted(phones.sendCode(Callers.of(request))).build();
    }

    @ApiOperation(id = "confirmMyPhone",
            summary = "Confirm the phone with the SMS code (6 digits, 10 minutes, single use, 5 wrong attempts)",
            returns = "Confirmed",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PhoneVerification confirm(CodeBody body, @Context ContainerRequestContext request) {
        String code = body == null ? null : body.code();
        new Required().check("code", code).done();
        return phones.confirm(Callers.of(request), code);
    }
}
