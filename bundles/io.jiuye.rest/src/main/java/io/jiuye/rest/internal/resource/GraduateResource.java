package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /graduates/{id}}: one graduate record, masked for its admins and in clear for the graduate. */
@Path(Api.BASE + "/graduates")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateResource {
    private final GraduateService graduates;

    public GraduateResource(GraduateService graduates) {
        this.graduates = graduates;
    }

    @GET
    @Path("{graduateId}")
    public GraduateDto get(@PathParam("graduateId") String graduateId, @Context ContainerRequestContext request) {
        return graduates.get(Callers.of(request), graduateId);
    }
}
