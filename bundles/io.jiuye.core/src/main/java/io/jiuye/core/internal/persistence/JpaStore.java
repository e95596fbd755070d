package io.jiuye.core.internal.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The database as the core uses it: a data source for the configured URL, the schema migrated to the newest
 * version, and the {@code jiuye} persistence unit on EclipseLink. Used by the {@link Database} component and,
 * without OSGi, by unit tests on in-memory Derby.
 */
public final class JpaStore implements AutoCloseable {
    public static final String UNIT = "jiuye";

    private final DatabaseKind kind;
    private final DriverDataSource dataSource;
    private final EntityManagerFactory emf;
    private final JpaTransactions transactions;

    private JpaStore(DatabaseKind kind, DriverDataSource dataSource, EntityManagerFactory emf) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.emf = emf;
        this.transactions = new JpaTransactions(emf);
    }

    /** Connects, migrates and opens the persistence unit; {@code loader} sees the entities and resources. */
    public static JpaStore open(String url, String user, String password, ClassLoader loader) {
        DatabaseKind kind = DatabaseKind.of(url);
        DriverDataSource ds = new DriverDataSource(kind.newDriver(), url, user, password);
        new Migrator(ds, kind, loader).migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.classloader", loader);
        props.put("jakarta.persistence.nonJtaDataSource", ds);
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
        return new JpaStore(kind, ds, emf);
    }

    public Transactions transactions() {
        return transactions;
    }

    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public void close() {
        emf.close();
        kind.shutdown(dataSource);
    }
}
