package io.jiuye.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The service a plugin bundle registers (a DS component) to join the platform. The core tracks these services
 * dynamically: when the bundle stops, its contributions are no longer offered, but data naming them stays.
 */
@ConsumerType
public interface JiuyePlugin {
    PluginDescriptor descriptor();
}
