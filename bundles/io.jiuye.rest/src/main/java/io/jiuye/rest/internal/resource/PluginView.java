package io.jiuye.rest.internal.resource;

import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginInfo;
import io.jiuye.api.plugin.SettingDefinition;
import java.util.List;

/** A plugin as JSON: what it is, whether it is installed now, its contributions and its settings. */
public record PluginView(String id, String version, LocalizedText name, boolean baseline, boolean installed,
        List<ContributionView> contributions, List<SettingDefinition> settings) {

    public static PluginView of(PluginDescriptor d) {
        return new PluginView(d.id(), d.version(), d.name(), d.baseline(), true, views(d.contributions()),
                d.settings());
    }

    public static PluginView of(PluginInfo i) {
        return new PluginView(i.id(), i.version(), i.name(), i.baseline(), i.installed(), views(i.contributions()),
                i.settings());
    }

    static List<ContributionView> views(List<? extends Contribution> contributions) {
        return contributions.stream().map(ContributionView::of).toList();
    }
}
