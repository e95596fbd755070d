package io.jiuye.api.plugin;

import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a plugin is and what it contributes.
 *
 * @param id            the plugin id, the first part of every {@link ContributionId} it contributes
 * @param baseline      whether it is always on for every school (the national baseline)
 * @param contributions its contributions; their ids must start with {@code id}
 * @param settings      the typed per-school settings it declares
 * @param messages      its message texts by stable code, merged into the message catalogue
 */
public record PluginDescriptor(String id, String version, LocalizedText name, boolean baseline,
        List<Contribution> contributions, List<SettingDefinition> settings, Map<String, LocalizedText> messages) {
    public PluginDescriptor {
        if (!ContributionId.isPluginId(id)) {
            throw new IllegalArgumentException("bad plugin id " + id);
        }
        Objects.requireNonNull(version);
        Objects.requireNonNull(name);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        settings = settings == null ? List.of() : List.copyOf(settings);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        for (Contribution c : contributions) {
            if (!c.id().pluginId().equals(id)) {
                throw new IllegalArgumentException(c.id() + " is not named after plugin " + id);
            }
        }
        if (contributions.stream().map(Contribution::id).distinct().count() != contributions.size()) {
            throw new IllegalArgumentException("duplicate contribution ids in plugin " + id);
        }
    }
}
