package io.jiuye.rest.internal.resource;

import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /schools/{schoolId}/plugins}: which plugins a school uses (enable, disable) and their per-school settings.
 * A separate root resource with a longer literal path than {@link SchoolResource}, so neither shadows the other.
 */
@Component(service = RestResource.class)
@ApiTag("plugins")
@Path(Api.BASE + "/schools/{schoolId}/plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class SchoolPluginResource implements RestResource {
    private final SchoolPlugins schoolPlugins;

    /** Body of {@code PUT …/settings}: the settings to change, by key. */
    public record SettingValues(Map<String, String> values) {
    }

    @Activate
    public SchoolPluginResource(@Reference SchoolPlugins schoolPlugins) {
        this.schoolPlugins = schoolPlugins;
    }

    @ApiOperation(id = "listSchoolPlugins",
            summary = "Plugins with their status for a school",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public Items<PluginStatusView> list(@PathParam("schoolId") String schoolId,
            @Context ContainerRequestContext request) {
        return new Items<>(schoolPlugins.plugins(Callers.of(request), schoolId).stream().map(PluginStatusView::of)
                .toList());
    }

    @ApiOperation(id = "enablePlugin",
            summary = "Enable a plugin for a school",
            returns = "OK",
            errors = { 403, 404, 409, 422 })
    @POST
    @Path("{pluginId}/enable")
    public PluginStatusView enable(@PathParam("schoolId") String schoolId, @PathParam("pluginId") String pluginId,
            @Context ContainerRequestContext request) {
        return PluginStatusView.of(schoolPlugins.setEnabled(Callers.of(request), schoolId, pluginId, true));
    }

    @ApiOperation(id = "disablePlugin",
            summary = "Disable a plugin for a school",
            returns = "OK",
            errors = { 403, 404, 409, 422 })
    @POST
    @Path("{pluginId}/disable")
    public PluginStatusView disable(@PathParam("schoolId") String schoolId, @PathParam("pluginId") String pluginId,
            @Context ContainerRequestContext request) {
        return PluginStatusView.of(schoolPlugins.setEnabled(Callers.of(request), schoolId, pluginId, false));
    }

    @ApiOperation(id = "getPluginSettings",
            summary = "A plugin's settings for a school",
            returns = "OK",
            errors = { 403, 404, 409 })
    @GET
    @Path("{pluginId}/settings")
    public Items<SchoolSetting> settings(@PathParam("schoolId") String schoolId,
            @PathParam("pluginId") String pluginId, @Context ContainerRequestContext request) {
        return new Items<>(schoolPlugins.settings(Callers.of(request), schoolId, pluginId));
    }

    @ApiOperation(id = "updatePluginSettings",
            summary = "Change some of a plugin's settings for a school",
            returns = "OK",
            errors = { 400, 403, 404, 409, 415, 422 })
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
