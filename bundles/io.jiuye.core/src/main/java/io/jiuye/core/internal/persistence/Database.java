package io.jiuye.core.internal.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's database, chosen by configuration ({@code etc/io.jiuye.persistence.cfg}): embedded Derby in the data
 * directory by default, PostgreSQL by giving its URL. Publishes {@link Transactions} once the schema is migrated.
 */
@Component(service = Transactions.class, configurationPid = Database.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = Database.Config.class)
public class Database implements Transactions {
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

    private JpaStore store;

    @Activate
    void activate(Config config) {
        String url = config.url().isBlank() ? "jdbc:derby:" + DataDirectory.path().resolve("derby") + ";create=true"
                : config.url();
        long t0 = System.nanoTime();
        ConnectionPool.Settings pool = new ConnectionPool.Settings(config.poolMaxSize(), config.poolMinIdle(),
                Duration.ofMillis(config.poolConnectionTimeoutMillis()),
                Duration.ofMillis(config.poolIdleTimeoutMillis()), Duration.ofMillis(config.poolMaxLifetimeMillis()));
        store = JpaStore.open(url, config.user(), config.password(), pool, Database.class.getClassLoader());
        LOG.info("Database {} ready in {} ms (pool of at most {} connections)", store.kind(),
                (System.nanoTime() - t0) / 1_000_000, pool.maxSize());
    }

    @Deactivate
    void deactivate() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return store.transactions().inTransaction(work);
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
