package io.jiuye.api.plugin;

import io.jiuye.api.Principal;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which plugins a school uses and what they contribute to it. A school admin manages their own school, the
 * operator every school; the baseline plugin is always on. Enablement and settings are stored, so they survive a
 * plugin's absence and apply again when it returns.
 */
@ProviderType
public interface SchoolPlugins {

    /** All plugins the caller may see, installed or remembered, each with whether it is enabled for the school. */
    List<PluginStatus> plugins(Principal caller, String schoolId);

    PluginStatus setEnabled(Principal caller, String schoolId, String pluginId, boolean enabled);

    /** Whether the plugin is on for the school (always for a baseline plugin; false when absent). */
    boolean isActive(String schoolId, String pluginId);

    /**
     * The live contributions of a kind that apply to the school: the union over its active plugins, or for a
     * {@link ContributionKind.Selection#PICK_ONE} kind the school's pick (or the only candidate).
     */
    <T extends Contribution> List<T> contributions(String schoolId, Class<T> type);

    /** Picks the one contribution of a pick-one kind the school uses. */
    void select(Principal caller, String schoolId, ContributionKind kind, ContributionId choice);

    /** The plugin's settings for the school, defaults filled in. */
    List<SchoolSetting> settings(Principal caller, String schoolId, String pluginId);

    /** Sets some of the plugin's settings for the school; each value is checked against its declared type. */
    List<SchoolSetting> updateSettings(Principal caller, String schoolId, String pluginId, Map<String, String> values);

    /** A plugin's status for a school. */
    record PluginStatus(PluginInfo plugin, boolean enabled, boolean active) {
    }
}
