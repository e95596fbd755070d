package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /graduates/{id}}: one graduate record, masked for its admins and in clear for the graduate, and its change
 * log (R-SRC-3).
 */
@Path(Api.BASE + "/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateResource {
    private final GraduateService graduates;
    private final SourceInfoService sourceInfo;

    public GraduateResource(GraduateService graduates, SourceInfoService sourceInfo) {
        this.graduates = graduates;
        this.sourceInfo = sourceInfo;
    }

    @GET
    @Path("{graduateId}")
    public GraduateDto get(@PathParam("graduateId") String graduateId, @Context ContainerRequestContext request) {
        return graduates.get(Callers.of(request), graduateId);
    }

    @GET
    @Path("{graduateId}/changes")
    public Items<FieldChange> changes(@PathParam("graduateId") String graduateId,
            @Context ContainerRequestContext request) {
        return new Items<>(sourceInfo.changes(Callers.of(request), graduateId));
    }
}
