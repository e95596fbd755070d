package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** {@code /schools/{id}/direct-edit-fields}: source fields graduates may correct without review (R-SRC-4). */
@Path(Api.BASE + "/schools/{schoolId}/direct-edit-fields")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolDirectEditFieldsResource {
    private final SourceCorrectionService corrections;

    /** The field keys. */
    public record Fields(Set<String> fields) {
    }

    public SchoolDirectEditFieldsResource(SourceCorrectionService corrections) {
        this.corrections = corrections;
    }

    @GET
    public Fields get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        Callers.of(request);
        return new Fields(corrections.directFields(schoolId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Fields set(@PathParam("schoolId") String schoolId, Fields body, @Context ContainerRequestContext request) {
        Set<String> fields = Params.required("fields", body == null ? null : body.fields());
        return new Fields(corrections.setDirectFields(Callers.of(request), schoolId, fields));
    }
}
