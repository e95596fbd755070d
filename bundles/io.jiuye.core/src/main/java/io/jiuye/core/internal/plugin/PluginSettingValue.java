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

/** A school's value of one plugin setting (absent: the declared default applies). */
@Entity
@Table(name = "plugin_setting")
public class PluginSettingValue extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @Column(name = "plugin_id")
    private String pluginId;
    @Column(name = "setting_key")
    private String key;
    @Column(name = "setting_value")
    private String value;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected PluginSettingValue() {
    }

    PluginSettingValue(School school, String pluginId, String key) {
        this.school = school;
        this.pluginId = pluginId;
        this.key = key;
    }

    void set(String value, String by, Instant at) {
        this.value = value;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }
}
