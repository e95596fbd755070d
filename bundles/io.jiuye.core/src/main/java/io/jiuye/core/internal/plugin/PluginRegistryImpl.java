package io.jiuye.core.internal.plugin;

import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks {@link JiuyePlugin} services as plugin bundles come and go, without restarting anything, and remembers
 * every plugin it has seen so that absent plugins stay listable.
 */
@Component(service = PluginRegistry.class, immediate = true)
public class PluginRegistryImpl implements PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistryImpl.class);

    private final Map<String, PluginDescriptor> plugins = new ConcurrentHashMap<>();
    private final Map<JiuyePlugin, String> idsByService = new ConcurrentHashMap<>();
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public PluginRegistryImpl(@Reference Transactions tx, @Reference Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addPlugin(JiuyePlugin plugin) {
        PluginDescriptor d;
        try {
            d = plugin.descriptor();
        } catch (RuntimeException e) {
            LOG.error("Plugin service {} has an invalid descriptor; ignored", plugin.getClass().getName(), e);
            return;
        }
        PluginDescriptor previous = plugins.putIfAbsent(d.id(), d);
        if (previous != null) {
            LOG.error("A second plugin with id {} ({}) is ignored", d.id(), plugin.getClass().getName());
            return;
        }
        idsByService.put(plugin, d.id());
        remember(d);
        LOG.info("Plugin {} {} installed with {} contributions", d.id(), d.version(), d.contributions().size());
    }

    public void removePlugin(JiuyePlugin plugin) {
        String id = idsByService.remove(plugin);
        if (id != null) {
            plugins.remove(id);
            LOG.info("Plugin {} removed; its data and enablements are kept", id);
        }
    }

    private void remember(PluginDescriptor d) {
        try {
            tx.run(em -> {
                KnownPlugin k = em.find(KnownPlugin.class, d.id());
                if (k == null) {
                    k = new KnownPlugin(d.id());
                    em.persist(k);
                }
                k.seen(d.version(), d.name().zh(), d.name().en(), d.baseline(), clock.instant());
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record plugin {} as known: {}", d.id(), e.getMessage());
        }
    }

    @Override
    public List<PluginDescriptor> installed() {
        return plugins.values().stream().sorted(Comparator.comparing(PluginDescriptor::id)).toList();
    }

    @Override
    public Optional<PluginDescriptor> plugin(String pluginId) {
        return Optional.ofNullable(plugins.get(pluginId));
    }

    @Override
    public Optional<Contribution> contribution(ContributionId id) {
        return plugin(id.pluginId())
                .flatMap(p -> p.contributions().stream().filter(c -> c.id().equals(id)).findFirst());
    }
}
