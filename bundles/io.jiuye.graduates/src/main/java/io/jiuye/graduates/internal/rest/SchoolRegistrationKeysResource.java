package io.jiuye.graduates.internal.rest;

import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.graduates.internal.rest.RegistrationResource.Keys;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /schools/{id}/registration-keys}: the school's admins choose what registrations must match (R-ACC-2). */
@Component(service = RestResource.class)
@ApiTag(value = "registration", description = "Student self-registration against imported records (R-ACC-2)")
@Path(Api.BASE + "/schools/{schoolId}/registration-keys")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolRegistrationKeysResource implements RestResource {
    private final RegistrationService registrations;

    @Activate
    public SchoolRegistrationKeysResource(@Reference RegistrationService registrations) {
        this.registrations = registrations;
    }

    @ApiOperation(id = "setRegistrationKeys",
            summary = "Choose the fields registrations must match (school admins)",
            returns = "The keys now in force",
            errors = { 400, 403, 404, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Keys update(@PathParam("schoolId") String schoolId, Keys body, @Context ContainerRequestContext request) {
        Set<MatchKey> keys = Params.required("keys", body == null ? null : body.keys());
        return new Keys(registrations.setMatchKeys(Callers.of(request), schoolId, keys));
    }
}
