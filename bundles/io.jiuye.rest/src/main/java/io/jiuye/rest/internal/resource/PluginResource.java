package io.jiuye.rest.internal.resource;

import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /plugins}: the plugins installed in the platform right now, with their contributions and settings. */
@Component(service = RestResource.class)
@ApiTag("plugins")
@Path(Api.BASE + "/plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class PluginResource implements RestResource {
    private final PluginRegistry registry;

    @Activate
    public PluginResource(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    @ApiOperation(id = "listPlugins",
            summary = "Plugins installed now",
            returns = "OK",
            errors = { 403 })
    @GET
    public Items<PluginView> installed() {
        return new Items<>(registry.installed().stream().map(PluginView::of).toList());
    }
}
