package io.jiuye.rest.internal.resource;

import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /schools/{schoolId}/plugins}: which plugins a school uses (enable, disable) and their per-school settings.
 * A separate root resource with a longer literal path than {@link SchoolResource}, so neither shadows the other.
 */
@Path(Api.BASE + "/schools/{schoolId}/plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolPluginResource {
    private final SchoolPlugins schoolPlugins;

    /** Body of {@code PUT …/settings}: the settings to change, by key. */
    public record SettingValues(Map<String, String> values) {
    }

    public SchoolPluginResource(SchoolPlugins schoolPlugins) {
        this.schoolPlugins = schoolPlugins;
    }

    @GET
    public Items<PluginStatusView> list(@PathParam("schoolId") String schoolId,
            @Context ContainerRequestContext request) {
        return new Items<>(schoolPlugins.plugins(Callers.of(request), schoolId).stream().map(PluginStatusView::of)
                .toList());
    }

    @POST
    @Path("{pluginId}/enable")
    public PluginStatusView enable(@PathParam("schoolId") String schoolId, @PathParam("pluginId") String pluginId,
            @Context ContainerRequestContext request) {
        return PluginStatusView.of(schoolPlugins.setEnabled(Callers.of(request), schoolId, pluginId, true));
    }

    @POST
    @Path("{pluginId}/disable")
    public PluginStatusView disable(@PathParam("schoolId") String schoolId, @PathParam("pluginId") String pluginId,
            @Context ContainerRequestContext request) {
        return PluginStatusView.of(schoolPlugins.setEnabled(Callers.of(request), schoolId, pluginId, false));
    }

    @GET
    @Path("{pluginId}/settings")
    public Items<SchoolSetting> settings(@PathParam("schoolId") String schoolId,
            @PathParam("pluginId") String pluginId, @Context ContainerRequestContext request) {
        return new Items<>(schoolPlugins.settings(Callers.of(request), schoolId, pluginId));
    }

    @PUT
    @Path("{pluginId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Items<SchoolSetting> updateSettings(@PathParam("schoolId") String schoolId,
            @PathParam("pluginId") String pluginId, SettingValues body, @Context ContainerRequestContext request) {
        Map<String, String> values = body == null ? null : body.values();
        new Required().check("values", values).done();
        return new Items<>(schoolPlugins.updateSettings(Callers.of(request), schoolId, pluginId, values));
    }
}
