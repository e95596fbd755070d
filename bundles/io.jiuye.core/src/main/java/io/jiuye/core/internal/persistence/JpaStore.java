package io.jiuye.core.internal.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The database as the core uses it: a bounded connection pool ({@link ConnectionPool}) for the configured URL,
 * the schema migrated to the newest version, and the {@code jiuye} persistence unit on EclipseLink. Used by the {@link Database} component and,
 * without OSGi, by unit tests on in-memory Derby.
 */
public final class JpaStore implements AutoCloseable {
    public static final String UNIT = "jiuye";

    private final DatabaseKind kind;
    private final DriverDataSource dataSource;
    private final HikariDataSource pool;
    private final EntityManagerFactory emf;
    private final JpaTransactions transactions;

    private JpaStore(DatabaseKind kind, DriverDataSource dataSource, HikariDataSource pool, EntityManagerFactory emf) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.pool = pool;
        this.emf = emf;
        this.transactions = new JpaTransactions(emf);
    }

    /** {@link #open(String, String, String, ConnectionPool.Settings, ClassLoader)} with the default pool. */
    public static JpaStore open(String url, String user, String password, ClassLoader loader) {
        return open(url, user, password, ConnectionPool.Settings.DEFAULT, loader);
    }

    /** Connects, migrates and opens the persistence unit; {@code loader} sees the entities and resources. */
    public static JpaStore open(String url, String user, String password, ConnectionPool.Settings poolSettings,
            ClassLoader loader) {
        DatabaseKind kind = DatabaseKind.of(url);
        DriverDataSource ds = new DriverDataSource(kind.newDriver(), url, user, password);
        // migrated on a connection of its own: the first connection boots an embedded database (or recovers it
        // after a crash), which may take longer than the pool lets a caller wait
        new Migrator(ds, kind, loader).migrate();
        HikariDataSource pool = ConnectionPool.open(ds, kind, poolSettings);
        try {
            return new JpaStore(kind, ds, pool, openUnit(pool, loader, kind));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static EntityManagerFactory openUnit(HikariDataSource pool, ClassLoader loader, DatabaseKind kind) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.classloader", loader);
        props.put("jakarta.persistence.nonJtaDataSource", pool);
        props.put("eclipselink.target-database", kind.eclipseLinkTarget());
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        // Several nodes may share the database: no shared (second-level) cache, so a revoked token, a disabled
        // user or a changed enablement is seen at once everywhere. See docs/architecture.md "Cache".
        props.put("eclipselink.cache.shared.default", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.jdbc.batch-writing", "JDBC");
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(UNIT, props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit " + UNIT + " not found");
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
        emf.close();
        pool.close();
        kind.shutdown(dataSource);
    }
}
