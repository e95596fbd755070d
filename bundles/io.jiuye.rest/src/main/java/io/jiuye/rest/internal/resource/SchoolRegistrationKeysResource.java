package io.jiuye.rest.internal.resource;

import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import io.jiuye.rest.internal.resource.RegistrationResource.Keys;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** {@code /schools/{id}/registration-keys}: the school's admins choose what registrations must match (R-ACC-2). */
@Path(Api.BASE + "/schools/{schoolId}/registration-keys")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolRegistrationKeysResource {
    private final RegistrationService registrations;

    public SchoolRegistrationKeysResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Keys update(@PathParam("schoolId") String schoolId, Keys body, @Context ContainerRequestContext request) {
        Set<MatchKey> keys = Params.required("keys", body == null ? null : body.keys());
        return new Keys(registrations.setMatchKeys(Callers.of(request), schoolId, keys));
    }
}
