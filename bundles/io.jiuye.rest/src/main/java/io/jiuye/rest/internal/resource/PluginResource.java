package io.jiuye.rest.internal.resource;

import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.rest.internal.Api;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /plugins}: the plugins installed in the platform right now, with their contributions and settings. */
@Path(Api.BASE + "/plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class PluginResource {
    private final PluginRegistry registry;

    public PluginResource(PluginRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Items<PluginView> installed() {
        return new Items<>(registry.installed().stream().map(PluginView::of).toList());
    }
}
