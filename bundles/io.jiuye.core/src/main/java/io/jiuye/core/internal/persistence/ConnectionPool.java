package io.jiuye.core.internal.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The bounded connection pool in front of the configured database (HikariCP over the driver's own data source, so
 * no {@code DriverManager} lookup is needed in OSGi). At most {@link Settings#maxSize()} connections are open; a
 * caller that finds them all busy waits up to {@link Settings#connectionTimeout()} and then fails.
 */
public final class ConnectionPool {
    private ConnectionPool() {
    }

    /**
     * Pool size and timeouts ({@code etc/io.jiuye.persistence.cfg}, keys {@code pool*}).
     *
     * @param maxSize           most connections open at once
     * @param minIdle           idle connections kept ready
     * @param connectionTimeout longest wait for a free connection
     * @param idleTimeout       an idle connection above {@code minIdle} is closed after this
     * @param maxLifetime       a connection is replaced after this (0 = never)
     */
    public record Settings(int maxSize, int minIdle, Duration connectionTimeout, Duration idleTimeout,
            Duration maxLifetime) {
        /** The defaults: 10 connections, 2 kept idle, 5 s wait, 10 min idle, 30 min lifetime. */
        public static final Settings DEFAULT = new Settings(10, 2, Duration.ofSeconds(5), Duration.ofMinutes(10),
                Duration.ofMinutes(30));

        public Settings {
            if (maxSize < 1 || minIdle < 0 || minIdle > maxSize) {
                throw new IllegalArgumentException("pool sizes: need 0 <= minIdle <= maxSize, 1 <= maxSize");
            }
            // HikariCP refuses a connection timeout below 250 ms
            if (connectionTimeout.toMillis() < 250) {
                throw new IllegalArgumentException("poolConnectionTimeoutMillis must be at least 250");
            }
        }
    }

    static HikariDataSource open(DataSource connections, DatabaseKind kind, Settings settings) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("jiuye-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        c.setDataSource(connections);
        c.setMaximumPoolSize(settings.maxSize());
        c.setMinimumIdle(settings.minIdle());
        c.setConnectionTimeout(settings.connectionTimeout().toMillis());
        c.setIdleTimeout(settings.idleTimeout().toMillis());
        c.setMaxLifetime(settings.maxLifetime().toMillis());
        // the pool starts empty and fills in the background: a database still starting does not stop the node
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }
}
