package io.jiuye.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned SQL scripts, each module's in a history of its own ({@code schema_history}, keyed by module and
 * version). A module's index (for the core {@code db/migration/migrations.txt}) lists one file name per line,
 * {@code V<n>__<what>.sql}, in the index's folder; all pending scripts of one module run in one transaction (DDL is
 * transactional on Derby and PostgreSQL) and are recorded with name and checksum. A changed checksum of an applied
 * script stops the start: applied migrations never change. Several nodes starting at once are serialised by a lock
 * row.
 *
 * <p>A database made by Jiuye 0.1 has one history, {@code schema_version}; it becomes the core's history the first
 * time this migrator runs, in the same transaction as the first pending scripts.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    static final String CORE_INDEX = "db/migration/migrations.txt";
    private static final String MODULE_NAME = "[a-z][a-z0-9-]{0,49}";

    private final DataSource dataSource;
    private final DatabaseKind kind;

    public Migrator(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    /** Applies the pending scripts of one module, listed in {@code index} and read through {@code resources}. */
    public int migrate(String module, ClassLoader resources, String index) {
        if (!module.matches(MODULE_NAME)) {
            throw new IllegalArgumentException("module name must match " + MODULE_NAME + ": " + module);
        }
        List<Script> scripts = scripts(resources, index);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return migrate(c, module, scripts);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database migration of " + module + " failed: " + e.getMessage(), e);
        }
    }

    private int migrate(Connection c, String module, List<Script> scripts) throws SQLException {
        ensureHistory(c);
        lock(c);
        adoptVersionOneHistory(c);
        Map<Integer, String> applied = applied(c, module);
        int ran = 0;
        for (Script s : scripts) {
            String checksum = applied.get(s.version);
            if (checksum != null) {
                if (!checksum.equals(s.checksum)) {
                    throw new IllegalStateException("migration " + module + "/" + s.name + " changed after it was applied");
                }
                continue;
            }
            apply(c, module, s);
            ran++;
        }
        c.commit();
        return ran;
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ensureHistory(Connection c) throws SQLException {
        if (tableExists(c, "schema_history")) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_history (module VARCHAR(50) NOT NULL, version INTEGER NOT NULL,"
                    + " name VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (module, version))");
            if (!tableExists(c, "schema_lock")) {
                st.execute("CREATE TABLE schema_lock (id INTEGER NOT NULL PRIMARY KEY)");
                st.execute("INSERT INTO schema_lock (id) VALUES (1)");
            }
        }
        c.commit();
    }

    /** Holds the lock row until the migration transaction ends, so only one node migrates at a time. */
    private static void lock(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE schema_lock SET id = 1 WHERE id = 1");
        }
    }

    /** Jiuye 0.1 kept one history in {@code schema_version}: its rows are the core's. */
    private static void adoptVersionOneHistory(Connection c) throws SQLException {
        if (!tableExists(c, "schema_version")) {
            return;
        }
        try (Statement st = c.createStatement()) {
            int rows = st.executeUpdate("INSERT INTO schema_history (module, version, name, checksum, applied_at)"
                    + " SELECT '" + io.jiuye.core.module.DataModule.CORE + "', version, name, checksum, applied_at"
                    + " FROM schema_version");
            st.execute("DROP TABLE schema_version");
            LOG.info("Migration history of Jiuye 0.1 ({} scripts) adopted as the core's", rows);
        }
    }

    private static Map<Integer, String> applied(Connection c, String module) throws SQLException {
        Map<Integer, String> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM schema_history WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return m;
    }

    private void apply(Connection c, String module, Script s) throws SQLException {
        LOG.info("Applying migration {}/{}", module, s.name);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(s.sql)) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_history (module, version, name, checksum,"
                + " applied_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, module);
            ps.setInt(2, s.version);
            ps.setString(3, s.name);
            ps.setString(4, s.checksum);
            ps.executeUpdate();
        }
    }

    private List<Script> scripts(ClassLoader resources, String index) {
        String folder = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        List<Script> list = new ArrayList<>();
        int last = 0;
        for (String line : read(resources, index).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql")) {
                throw new IllegalStateException("migration name must be V<n>__<what>.sql: " + name);
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (version <= last) {
                throw new IllegalStateException("migrations out of order at " + name);
            }
            last = version;
            String raw = read(resources, folder + name);
            String sql = raw;
            for (Map.Entry<String, String> p : kind.sqlPlaceholders().entrySet()) {
                sql = sql.replace(p.getKey(), p.getValue());
            }
            list.add(new Script(version, name, sql, sha256(raw)));
        }
        return list;
    }

    /** Splits a script at semicolons that end a line; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (t.endsWith(";")) {
                cur.append(t, 0, t.length() - 1);
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(t).append('\n');
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String read(ClassLoader resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Script(int version, String name, String sql, String checksum) {
    }
}
