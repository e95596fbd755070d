package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.DataModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's database, chosen by configuration ({@code etc/io.jiuye.persistence.cfg}): embedded Derby in the data
 * directory by default, PostgreSQL by giving its URL. Once the core's schema is migrated it registers the {@link
 * Transactions} service; module bundles' {@link DataModule}s are migrated and added to the persistence unit as they
 * come and go, and the service's {@value DataModule#MODULES} property names the modules it holds.
 */
@Component(configurationPid = Database.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
// registered by hand (its properties change with the modules), so the capability is declared for the resolver
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"io.jiuye.core.module.Transactions\"")
@Designate(ocd = Database.Config.class)
public class Database {
    public static final String PID = "io.jiuye.persistence";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    @ObjectClassDefinition(name = "Jiuye database")
    public @interface Config {
        @AttributeDefinition(description = "JDBC URL; empty for embedded Derby under ${jiuye.data}/derby")
        String url() default "";

        String user() default "";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Most database connections open at once (the pool's bound)")
        int poolMaxSize() default 10;

        @AttributeDefinition(description = "Idle connections the pool keeps ready")
        int poolMinIdle() default 2;

        @AttributeDefinition(description = "Longest wait in ms for a free connection before the request fails"
                + " (at least 250)")
        long poolConnectionTimeoutMillis() default 5_000;

        @AttributeDefinition(description = "An idle connection above poolMinIdle is closed after this many ms")
        long poolIdleTimeoutMillis() default 600_000;

        @AttributeDefinition(description = "A connection is replaced after this many ms (0 = never)")
        long poolMaxLifetimeMillis() default 1_800_000;
    }

    private final List<DataModule> modules = new ArrayList<>();
    private JpaStore store;
    private ServiceRegistration<?> registration;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addModule(DataModule module) {
        modules.add(module);
        update();
    }

    synchronized void removeModule(DataModule module) {
        modules.remove(module);
        update();
    }

    @Activate
    synchronized void activate(BundleContext context, Config config) {
        String url = config.url().isBlank() ? "jdbc:derby:" + DataDirectory.path().resolve("derby") + ";create=true"
                : config.url();
        long t0 = System.nanoTime();
        ConnectionPool.Settings pool = new ConnectionPool.Settings(config.poolMaxSize(), config.poolMinIdle(),
                Duration.ofMillis(config.poolConnectionTimeoutMillis()),
                Duration.ofMillis(config.poolIdleTimeoutMillis()), Duration.ofMillis(config.poolMaxLifetimeMillis()));
        store = JpaStore.open(url, config.user(), config.password(), pool);
        List<String> names = store.install(modules);
        LOG.info("Database {} ready in {} ms (pool of at most {} connections) with modules {}", store.kind(),
                (System.nanoTime() - t0) / 1_000_000, pool.maxSize(), names);
        registration = context.registerService(Transactions.class, store.transactions(), properties(names));
    }

    @Deactivate
    synchronized void deactivate() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Rebuilds the unit for the modules present now; components of a module that left lose their service. */
    private void update() {
        if (store == null) {
            return; // not active yet: activate installs what is there
        }
        List<String> names = store.install(modules);
        registration.setProperties(properties(names));
        LOG.info("Persistence unit now holds modules {}", names);
    }

    private static Dictionary<String, Object> properties(List<String> names) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(DataModule.MODULES, names.toArray(String[]::new));
        return props;
    }

    /** Where the node keeps its database, uploads and first-start files (outside Karaf's {@code data/}). */
    public static final class DataDirectory {
        private DataDirectory() {
        }

        public static Path path() {
            String dir = System.getProperty("jiuye.data");
            if (dir == null || dir.isBlank()) {
                dir = Path.of(System.getProperty("karaf.base", "."), "jiuye-data").toString();
            }
            return Path.of(dir);
        }
    }
}
