package io.jiuye.core.internal.plugin;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginInfo;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.api.plugin.SettingDefinition;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which plugins each school uses, their settings and the contributions that follow. Enablement is data: it stays
 * when a plugin is uninstalled and is live again when the plugin returns.
 */
@Component(service = SchoolPlugins.class)
public class SchoolPluginsImpl implements SchoolPlugins {
    private final Transactions tx;
    private final Clock clock;
    private final PluginRegistry registry;
    private final SecurityAuditLog audit;

    @Activate
    public SchoolPluginsImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PluginRegistry registry,
            @Reference SecurityAuditLog audit) {
        this.tx = tx;
        this.clock = clock;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public List<PluginStatus> plugins(Principal caller, String schoolId) {
        return tx.inTransaction(em -> {
            School school = TenancyLookup.school(em, schoolId);
            TenantScope.requireRead(caller, school);
            Map<String, PluginEnablement> enablement = enablements(em, school);
            Map<String, PluginInfo> all = new TreeMap<>();
            for (KnownPlugin k : em.createQuery("SELECT k FROM KnownPlugin k", KnownPlugin.class).getResultList()) {
                all.put(k.getPluginId(), new PluginInfo(k.getPluginId(), k.getPluginVersion(),
                        LocalizedText.of(k.getNameZh(), k.getNameEn()), k.isBaseline(), false, List.of(), List.of()));
            }
            for (PluginDescriptor d : registry.installed()) {
                all.put(d.id(), info(d));
            }
            for (String id : enablement.keySet()) {
                all.putIfAbsent(id, new PluginInfo(id, "?", LocalizedText.of(id, id), false, false, List.of(),
                        List.of()));
            }
            List<PluginStatus> out = new ArrayList<>();
            for (PluginInfo p : all.values()) {
                boolean enabled = p.baseline() || (enablement.containsKey(p.id()) && enablement.get(p.id()).isEnabled());
                out.add(new PluginStatus(p, enabled, enabled && p.installed()));
            }
            return out;
        });
    }

    private static PluginInfo info(PluginDescriptor d) {
        return new PluginInfo(d.id(), d.version(), d.name(), d.baseline(), true, d.contributions(), d.settings());
    }

    private static Map<String, PluginEnablement> enablements(EntityManager em, School school) {
        Map<String, PluginEnablement> m = new TreeMap<>();
        em.createQuery("SELECT e FROM PluginEnablement e WHERE e.school = :s", PluginEnablement.class)
                .setParameter("s", school).getResultList().forEach(e -> m.put(e.getPluginId(), e));
        return m;
    }

    @Override
    public PluginStatus setEnabled(Principal caller, String schoolId, String pluginId, boolean enabled) {
        return tx.inTransaction(em -> {
            School school = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, school);
            PluginDescriptor d = registry.plugin(pluginId).orElse(null);
            if (d == null && enabled) {
                throw new JiuyeException(CoreError.PLUGIN_NOT_INSTALLED, pluginId);
            }
            if (d != null && d.baseline()) {
                throw new JiuyeException(CoreError.PLUGIN_BASELINE, pluginId);
            }
            PluginEnablement e = enablements(em, school).get(pluginId);
            if (e == null) {
                if (d == null) {
                    throw new JiuyeException(CoreError.NOT_FOUND);
                }
                e = new PluginEnablement(school, pluginId);
                em.persist(e);
            }
            e.set(enabled, caller.username(), clock.instant());
            em.flush();
            audit.success(enabled ? SecurityAuditLog.Event.PLUGIN_ENABLED : SecurityAuditLog.Event.PLUGIN_DISABLED,
                    caller, school.getId(), pluginId, school.getCode());
            PluginInfo info = d != null ? info(d) : new PluginInfo(pluginId, "?", LocalizedText.of(pluginId, pluginId),
                    false, false, List.of(), List.of());
            return new PluginStatus(info, enabled, enabled && d != null);
        });
    }

    @Override
    public boolean isActive(String schoolId, String pluginId) {
        Optional<PluginDescriptor> d = registry.plugin(pluginId);
        if (d.isEmpty()) {
            return false;
        }
        if (d.get().baseline()) {
            return true;
        }
        return tx.inTransaction(em -> !em.createQuery("SELECT e.id FROM PluginEnablement e WHERE"
                + " e.school.publicId = :s AND e.pluginId = :p AND e.enabled = TRUE")
                .setParameter("s", schoolId).setParameter("p", pluginId).getResultList().isEmpty());
    }

    @Override
    public <T extends Contribution> List<T> contributions(String schoolId, Class<T> type) {
        List<T> candidates = new ArrayList<>();
        for (PluginDescriptor d : registry.installed()) {
            if (!isActive(schoolId, d.id())) {
                continue;
            }
            d.contributions().stream().filter(type::isInstance).map(type::cast).forEach(candidates::add);
        }
        if (candidates.isEmpty()
                || candidates.get(0).kind().selection() == ContributionKind.Selection.UNION) {
            return candidates;
        }
        ContributionKind kind = candidates.get(0).kind();
        String picked = tx.inTransaction(em -> em.createQuery("SELECT c.contributionId FROM ContributionSelection c"
                + " WHERE c.school.publicId = :s AND c.kind = :k", String.class)
                .setParameter("s", schoolId).setParameter("k", kind).getResultList().stream().findFirst().orElse(null));
        if (picked != null) {
            return candidates.stream().filter(c -> c.id().toString().equals(picked)).toList();
        }
        return candidates.size() == 1 ? candidates : List.of();
    }

    @Override
    public void select(Principal caller, String schoolId, ContributionKind kind, ContributionId choice) {
        if (kind.selection() != ContributionKind.Selection.PICK_ONE) {
            throw JiuyeException.invalid("kind", "NOT_PICK_ONE", kind);
        }
        Contribution c = registry.contribution(choice).orElseThrow(
                () -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, choice));
        if (c.kind() != kind) {
            throw JiuyeException.invalid("contributionId", "KIND_MISMATCH", kind);
        }
        tx.run(em -> {
            School school = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, school);
            if (!isActive(schoolId, choice.pluginId())) {
                throw new JiuyeException(CoreError.PLUGIN_NOT_ENABLED, choice.pluginId());
            }
            List<ContributionSelection> existing = em.createQuery("SELECT c FROM ContributionSelection c"
                    + " WHERE c.school = :s AND c.kind = :k", ContributionSelection.class)
                    .setParameter("s", school).setParameter("k", kind).getResultList();
            ContributionSelection sel = existing.isEmpty() ? new ContributionSelection(school, kind) : existing.get(0);
            if (existing.isEmpty()) {
                em.persist(sel);
            }
            sel.set(choice.toString(), caller.username(), clock.instant());
            em.flush();
            audit.success(SecurityAuditLog.Event.CONTRIBUTION_SELECTED, caller, school.getId(), choice.toString(),
                    kind.name());
        });
    }

    @Override
    public List<SchoolSetting> settings(Principal caller, String schoolId, String pluginId) {
        return tx.inTransaction(em -> {
            School school = TenancyLookup.school(em, schoolId);
            TenantScope.requireRead(caller, school);
            return settingsOf(em, school, plugin(pluginId));
        });
    }

    private PluginDescriptor plugin(String pluginId) {
        return registry.plugin(pluginId)
                .orElseThrow(() -> new JiuyeException(CoreError.PLUGIN_NOT_INSTALLED, pluginId));
    }

    private static List<SchoolSetting> settingsOf(EntityManager em, School school, PluginDescriptor d) {
        Map<String, String> stored = new TreeMap<>();
        values(em, school, d.id()).forEach(v -> stored.put(v.getKey(), v.getValue()));
        return d.settings().stream().map(s -> stored.containsKey(s.key())
                ? new SchoolSetting(s, stored.get(s.key()), true)
                : new SchoolSetting(s, s.defaultValue(), false)).toList();
    }

    private static List<PluginSettingValue> values(EntityManager em, School school, String pluginId) {
        return em.createQuery("SELECT v FROM PluginSettingValue v WHERE v.school = :s AND v.pluginId = :p",
                PluginSettingValue.class).setParameter("s", school).setParameter("p", pluginId).getResultList();
    }

    @Override
    public List<SchoolSetting> updateSettings(Principal caller, String schoolId, String pluginId,
            Map<String, String> values) {
        PluginDescriptor d = plugin(pluginId);
        Map<String, SettingDefinition> defs = new TreeMap<>();
        d.settings().forEach(s -> defs.put(s.key(), s));
        SettingValues.check(defs, values);
        return tx.inTransaction(em -> {
            School school = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, school);
            Map<String, PluginSettingValue> existing = new TreeMap<>();
            values(em, school, pluginId).forEach(v -> existing.put(v.getKey(), v));
            values.forEach((k, v) -> {
                PluginSettingValue row = existing.get(k);
                if (row == null) {
                    row = new PluginSettingValue(school, pluginId, k);
                    em.persist(row);
                }
                row.set(v.strip(), caller.username(), clock.instant());
            });
            em.flush();
            audit.success(SecurityAuditLog.Event.PLUGIN_SETTINGS_CHANGED, caller, school.getId(), pluginId,
                    values.toString());
            return settingsOf(em, school, d);
        });
    }

}
