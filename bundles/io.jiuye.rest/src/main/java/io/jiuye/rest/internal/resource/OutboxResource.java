package io.jiuye.rest.internal.resource;

import io.jiuye.api.notify.OutboxMessage;
import io.jiuye.api.notify.OutboxService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /outbox}: the development outbox, newest first (operators only): the messages and codes "sent". */
@Component(service = RestResource.class)
@ApiTag(value = "operations", description = "Operator tools: the development outbox")
@Path(Api.BASE + "/outbox")
@Produces(MediaType.APPLICATION_JSON)
public final class OutboxResource implements RestResource {
    private final OutboxService outbox;

    @Activate
    public OutboxResource(@Reference OutboxService outbox) {
        this.outbox = outbox;
    }

    @ApiOperation(id = "listOutbox",
            summary = "The development outbox, newest first (operators only): every e-mail and SMS while "
                + "io.jiuye.outbox is enabled; SMS has no other sender yet",
            returns = "OK",
            errors = { 400, 403 })
    @GET
    public Items<OutboxMessage> list(@QueryParam("recipient") String recipient,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context ContainerRequestContext request) {
        List<OutboxMessage> found = outbox.list(Callers.of(request), SchoolResource.blankToNull(recipient), limit);
        return new Items<>(found);
    }
}
