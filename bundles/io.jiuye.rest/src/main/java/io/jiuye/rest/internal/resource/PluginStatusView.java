package io.jiuye.rest.internal.resource;

import io.jiuye.api.plugin.SchoolPlugins.PluginStatus;

/** A plugin's status for one school as JSON: the plugin, whether the school enabled it, whether it is active. */
public record PluginStatusView(PluginView plugin, boolean enabled, boolean active) {

    public static PluginStatusView of(PluginStatus s) {
        return new PluginStatusView(PluginView.of(s.plugin()), s.enabled(), s.active());
    }
}
