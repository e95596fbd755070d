package io.jiuye.rest.internal.resource;

import io.jiuye.api.notify.OutboxMessage;
import io.jiuye.api.notify.OutboxService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /outbox}: the development outbox, newest first (operators only): the messages and codes "sent". */
@Path(Api.BASE + "/outbox")
@Produces(MediaType.APPLICATION_JSON)
public final class OutboxResource {
    private final OutboxService outbox;

    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    public Items<OutboxMessage> list(@QueryParam("recipient") String recipient,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context ContainerRequestContext request) {
        List<OutboxMessage> found = outbox.list(Callers.of(request), SchoolResource.blankToNull(recipient), limit);
        return new Items<>(found);
    }
}
