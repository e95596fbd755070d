package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.Transactions;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.jiuye.core.module.DataModule;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database as the platform uses it: a bounded connection pool ({@link ConnectionPool}) for the configured URL,
 * the core's schema migrated, and one persistence unit on EclipseLink holding the entities of the core and of every
 * module {@linkplain #install installed}. Used by the {@link Database} component and, without OSGi, by unit tests on in-memory Derby.
 */
public final class JpaStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JpaStore.class);
    /** Session names must differ per factory, or EclipseLink silently reuses an older deployment. */
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final DatabaseKind kind;
    private final DriverDataSource dataSource;
    private final HikariDataSource pool;
    private final Migrator migrator;
    private final DataModule core;
    private final JpaTransactions transactions;
    private final Map<String, DataModule> installed = new LinkedHashMap<>();

    private JpaStore(DatabaseKind kind, DriverDataSource dataSource, ConnectionPool.Settings poolSettings,
            DataModule core) {
        this.kind = kind;
        this.dataSource = dataSource;
        // migrations run on connections of their own: the first connection boots an embedded database (or recovers
        // it after a crash), which may take longer than the pool lets a caller wait
        this.migrator = new Migrator(dataSource, kind);
        this.core = core;
        migrate(core);
        this.pool = ConnectionPool.open(dataSource, kind, poolSettings);
        try {
            this.transactions = new JpaTransactions(build(List.of(core)));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** {@link #open(String, String, String, ConnectionPool.Settings, DataModule...)} with the default pool. */
    public static JpaStore open(String url, String user, String password, DataModule... modules) {
        return open(url, user, password, ConnectionPool.Settings.DEFAULT, modules);
    }

    /** Connects, migrates the core and opens the unit with the core's entities and those of {@code modules}. */
    public static JpaStore open(String url, String user, String password, ConnectionPool.Settings poolSettings,
            DataModule... modules) {
        DatabaseKind kind = DatabaseKind.of(url);
        DriverDataSource ds = new DriverDataSource(kind.newDriver(), url, user, password);
        JpaStore store = new JpaStore(kind, ds, poolSettings, new CoreDataModule());
        if (modules.length > 0) {
            store.install(List.of(modules));
        }
        return store;
    }

    /**
     * Opens with {@code core} standing in for the core's own data module: tests build a database of an older version
     * with a core that lists fewer scripts.
     */
    public static JpaStore openAs(String url, DataModule core) {
        DatabaseKind kind = DatabaseKind.of(url);
        return new JpaStore(kind, new DriverDataSource(kind.newDriver(), url, null, null),
                ConnectionPool.Settings.DEFAULT, core);
    }

    /**
     * Makes the unit hold exactly the core and {@code modules}: migrates the modules not yet installed, each in its
     * own history, and replaces the factory. A module whose migration fails is left out; if the new unit cannot be
     * built, the previous one stays. Returns the names of the modules in the unit afterwards, the core first.
     */
    public synchronized List<String> install(Collection<DataModule> modules) {
        Map<String, DataModule> wanted = new LinkedHashMap<>();
        for (DataModule m : modules) {
            if (DataModule.CORE.equals(m.name()) || wanted.putIfAbsent(m.name(), m) != null) {
                LOG.error("Data module {} refused: its name is taken", m.name());
            }
        }
        for (Map.Entry<String, DataModule> e : new ArrayList<>(wanted.entrySet())) {
            if (installed.get(e.getKey()) == e.getValue()) {
                continue;
            }
            try {
                migrate(e.getValue());
            } catch (RuntimeException ex) {
                LOG.error("Data module {} left out: its migration failed", e.getKey(), ex);
                wanted.remove(e.getKey());
            }
        }
        if (!wanted.equals(installed)) {
            List<DataModule> unit = new ArrayList<>();
            unit.add(core);
            unit.addAll(wanted.values());
            try {
                transactions.replace(build(unit));
                installed.clear();
                installed.putAll(wanted);
            } catch (RuntimeException ex) {
                LOG.error("Persistence unit with modules {} could not be built; keeping {}", wanted.keySet(),
                        installed.keySet(), ex);
            }
        }
        return modules();
    }

    /** The modules in the current unit, the core first. */
    public synchronized List<String> modules() {
        List<String> names = new ArrayList<>();
        names.add(DataModule.CORE);
        names.addAll(installed.keySet());
        return names;
    }

    private void migrate(DataModule m) {
        int ran = migrator.migrate(m.name(), m.classLoader(), m.migrations());
        if (ran > 0) {
            LOG.info("Module {}: {} migration(s) applied", m.name(), ran);
        }
    }

    private EntityManagerFactory build(List<DataModule> unit) {
        List<String> classes = new ArrayList<>();
        List<ClassLoader> loaders = new ArrayList<>();
        for (DataModule m : unit.subList(1, unit.size())) {
            loaders.add(m.classLoader());
        }
        for (DataModule m : unit) {
            classes.addAll(m.entityClasses());
        }
        Properties props = new Properties();
        props.put("eclipselink.session-name", UnitInfo.UNIT + "-" + GENERATIONS.incrementAndGet());
        props.put("eclipselink.target-database", kind.eclipseLinkTarget());
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        // Several nodes may share the database: no shared (second-level) cache, so a revoked token, a disabled
        // user or a changed enablement is seen at once everywhere. See docs/architecture.md "Cache".
        props.put("eclipselink.cache.shared.default", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.jdbc.batch-writing", "JDBC");
        // mapping errors (an unknown class, two entities of one name) surface here, not at the first query
        props.put("eclipselink.deploy-on-startup", "true");
        UnitClassLoader loader = new UnitClassLoader(unit.get(0).classLoader(), loaders);
        for (String name : classes) {
            try {
                // EclipseLink skips a listed class it cannot load: the module would lose an entity without a word
                loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("entity class " + name + " cannot be loaded", e);
            }
        }
        UnitInfo info = new UnitInfo(classes, loader, pool, props);
        EntityManagerFactory emf = new PersistenceProvider().createContainerEntityManagerFactory(info, Map.of());
        if (emf == null) {
            throw new IllegalStateException("persistence unit " + UnitInfo.UNIT + " could not be created");
        }
        return emf;
    }

    public Transactions transactions() {
        return transactions;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The pool's counters (open, busy, idle connections, callers waiting), read by tests and the shell. */
    public HikariPoolMXBean pool() {
        return pool.getHikariPoolMXBean();
    }

    /** The most connections the pool opens. */
    public int poolMaxSize() {
        return pool.getMaximumPoolSize();
    }

    @Override
    public void close() {
        transactions.close();
        pool.close();
        kind.shutdown(dataSource);
    }
}
