package io.jiuye.core.internal.persistence;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;

/** The databases Jiuye runs on, told apart by their JDBC URL, with what differs between them. */
public enum DatabaseKind {
    DERBY("jdbc:derby:", "Derby", "CLOB", "BLOB(4M)"),
    POSTGRESQL("jdbc:postgresql:", "PostgreSQL", "TEXT", "BYTEA");

    private final String urlPrefix;
    private final String eclipseLinkTarget;
    private final String textType;
    private final String blobType;

    DatabaseKind(String urlPrefix, String eclipseLinkTarget, String textType, String blobType) {
        this.urlPrefix = urlPrefix;
        this.eclipseLinkTarget = eclipseLinkTarget;
        this.textType = textType;
        this.blobType = blobType;
    }

    public static DatabaseKind of(String url) {
        for (DatabaseKind k : values()) {
            if (url.startsWith(k.urlPrefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unsupported database URL (derby or postgresql): " + url);
    }

    /** The value of {@code eclipselink.target-database}. */
    public String eclipseLinkTarget() {
        return eclipseLinkTarget;
    }

    /** Placeholders the migration scripts use for types that differ. */
    public Map<String, String> sqlPlaceholders() {
        return Map.of("${text}", textType, "${blob}", blobType);
    }

    /** A new instance of the driver; the classes load only for the database in use (optional imports). */
    Driver newDriver() {
        return switch (this) {
            case DERBY -> new org.apache.derby.jdbc.EmbeddedDriver();
            case POSTGRESQL -> new org.postgresql.Driver();
        };
    }

    /** Shuts an embedded database down so its files are closed cleanly; nothing to do for a server. */
    void shutdown(DriverDataSource ds) {
        if (this != DERBY) {
            return;
        }
        String base = ds.url().split(";", 2)[0];
        try {
            ds.driver().connect(base + ";shutdown=true", new java.util.Properties());
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006
        }
    }
}
