package io.jiuye.api.plugin;

import io.jiuye.api.i18n.LocalizedText;
import java.util.List;

/**
 * A plugin as the platform knows it: installed (its service is present) or only remembered (it was enabled for some
 * school and is absent now).
 */
public record PluginInfo(String id, String version, LocalizedText name, boolean baseline, boolean installed,
        List<Contribution> contributions, List<SettingDefinition> settings) {
    public PluginInfo {
        contributions = List.copyOf(contributions);
        settings = List.copyOf(settings);
    }
}
