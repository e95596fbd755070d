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
 * Applies the versioned SQL scripts listed in {@code db/migration/migrations.txt} (one file name per line,
 * {@code V<n>__<what>.sql}) in order, all pending ones in one transaction (DDL is transactional on Derby and
 * PostgreSQL), recording version, name and checksum in {@code schema_version}. A changed checksum of an applied script stops the start: applied migrations never change.
 * Several nodes starting at once are serialised by a lock row.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    static final String INDEX = "db/migration/migrations.txt";

    private final DataSource dataSource;
    private final DatabaseKind kind;
    private final ClassLoader resources;

    public Migrator(DataSource dataSource, DatabaseKind kind, ClassLoader resources) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.resources = resources;
    }

    /** Applies pending migrations; returns how many ran. */
    public int migrate() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return migrate(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }

    private int migrate(Connection c) throws SQLException {
        {
            ensureVersionTable(c);
            lock(c);
            Map<Integer, String> applied = applied(c);
            int ran = 0;
            for (Script s : scripts()) {
                String checksum = applied.get(s.version);
                if (checksum != null) {
                    if (!checksum.equals(s.checksum)) {
                        throw new IllegalStateException("migration " + s.name + " changed after it was applied");
                    }
                    continue;
                }
                apply(c, s);
                ran++;
            }
            c.commit();
            return ran;
        }
    }

    private void ensureVersionTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if ("schema_version".equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            st.execute("CREATE TABLE schema_lock (id INTEGER NOT NULL PRIMARY KEY)");
            st.execute("INSERT INTO schema_lock (id) VALUES (1)");
        }
        c.commit();
    }

    /** Holds the lock row until the migration transaction ends, so only one node migrates at a time. */
    private static void lock(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE schema_lock SET id = 1 WHERE id = 1");
        }
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> m = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                m.put(rs.getInt(1), rs.getString(2));
            }
        }
        return m;
    }

    private void apply(Connection c, Script s) throws SQLException {
        LOG.info("Applying migration {}", s.name);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(s.sql)) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setInt(1, s.version);
            ps.setString(2, s.name);
            ps.setString(3, s.checksum);
            ps.executeUpdate();
        }
    }

    private List<Script> scripts() {
        List<Script> list = new ArrayList<>();
        int last = 0;
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (version <= last) {
                throw new IllegalStateException("migrations out of order at " + name);
            }
            last = version;
            String raw = read("db/migration/" + name);
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

    private String read(String path) {
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
