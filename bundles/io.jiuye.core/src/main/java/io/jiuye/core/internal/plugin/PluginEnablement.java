package io.jiuye.core.internal.plugin;

import io.jiuye.core.module.Identified;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether a school uses a plugin. Kept when the plugin is uninstalled, so it applies again when it returns. */
@Entity
@Table(name = "plugin_enablement")
public class PluginEnablement extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @Column(name = "plugin_id")
    private String pluginId;
    private boolean enabled;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected PluginEnablement() {
    }

    PluginEnablement(School school, String pluginId) {
        this.school = school;
        this.pluginId = pluginId;
    }

    void set(boolean enabled, String by, Instant at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
