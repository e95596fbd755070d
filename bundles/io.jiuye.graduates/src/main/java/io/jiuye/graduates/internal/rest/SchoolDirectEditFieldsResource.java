package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /schools/{id}/direct-edit-fields}: source fields graduates may correct without review (R-SRC-4). */
@Component(service = RestResource.class)
@ApiTag(value = "source-info", description = "Source-information verification (R-SRC-1..3)")
@Path(Api.BASE + "/schools/{schoolId}/direct-edit-fields")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolDirectEditFieldsResource implements RestResource {
    private final SourceCorrectionService corrections;

    /** The field keys. */
    public record Fields(Set<String> fields) {
    }

    @Activate
    public SchoolDirectEditFieldsResource(@Reference SourceCorrectionService corrections) {
        this.corrections = corrections;
    }

    @ApiOperation(id = "getDirectEditFields",
            summary = "Source fields graduates may correct without review",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public Fields get(@PathParam("schoolId") String schoolId, @Context ContainerRequestContext request) {
        Callers.of(request);
        return new Fields(corrections.directFields(schoolId));
    }

    @ApiOperation(id = "setDirectEditFields",
            summary = "Set them (school admins)",
            returns = "OK",
            errors = { 400, 403, 404, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Fields set(@PathParam("schoolId") String schoolId, Fields body, @Context ContainerRequestContext request) {
        Set<String> fields = Params.required("fields", body == null ? null : body.fields());
        return new Fields(corrections.setDirectFields(Callers.of(request), schoolId, fields));
    }
}
