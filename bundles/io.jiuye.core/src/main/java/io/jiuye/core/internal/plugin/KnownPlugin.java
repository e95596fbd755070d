package io.jiuye.core.internal.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin seen on this deployment, remembered so it can be listed (and its data explained) while absent. */
@Entity
@Table(name = "plugin_known")
public class KnownPlugin {
    @Id
    @Column(name = "plugin_id")
    private String pluginId;
    @Column(name = "plugin_version")
    private String pluginVersion;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private boolean baseline;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected KnownPlugin() {
    }

    KnownPlugin(String pluginId) {
        this.pluginId = pluginId;
    }

    void seen(String version, String zh, String en, boolean baseline, Instant at) {
        this.pluginVersion = version;
        this.nameZh = zh;
        this.nameEn = en;
        this.baseline = baseline;
        this.lastSeenAt = at;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isBaseline() {
        return baseline;
    }
}
