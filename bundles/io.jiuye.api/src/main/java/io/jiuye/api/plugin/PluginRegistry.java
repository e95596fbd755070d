package io.jiuye.api.plugin;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The plugins installed right now, as their services come and go. */
@ProviderType
public interface PluginRegistry {

    /** Installed plugins, sorted by id. */
    List<PluginDescriptor> installed();

    Optional<PluginDescriptor> plugin(String pluginId);

    /** The live contribution of that name, empty when its plugin is absent or no longer contributes it. */
    Optional<Contribution> contribution(ContributionId id);
}
