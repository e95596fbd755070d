package io.jiuye.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Versioned migrations: applied once, in order, per module, never silently changed; 0.1 databases upgrade. */
class MigratorTest {
    private static final ClassLoader REAL = MigratorTest.class.getClassLoader();

    private static DriverDataSource memory(String name) {
        return new DriverDataSource(DatabaseKind.DERBY.newDriver(), "jdbc:derby:memory:" + name + ";create=true", null,
                null);
    }

    /** A class loader that serves the real scripts, with one script's text replaced. */
    private static ClassLoader tampered(String script, String replacement) {
        return new ClassLoader(REAL) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/migration/" + script)) {
                    return new ByteArrayInputStream(replacement.getBytes(StandardCharsets.UTF_8));
                }
                return REAL.getResourceAsStream(name);
            }
        };
    }

    private static int core(Migrator m, ClassLoader loader) {
        return m.migrate("core", loader, Migrator.CORE_INDEX);
    }

    @Test
    void appliesEachScriptOnce() {
        Migrator m = new Migrator(memory("migrator-once"), DatabaseKind.DERBY);
        assertTrue(core(m, REAL) >= 1);
        assertEquals(0, core(m, REAL));
    }

    @Test
    void refusesAnAppliedScriptThatChanged() {
        DriverDataSource ds = memory("migrator-changed");
        core(new Migrator(ds, DatabaseKind.DERBY), REAL);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> core(new Migrator(ds, DatabaseKind.DERBY), tampered("V1__foundation.sql", "-- edited\n")));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void aFailingScriptLeavesNoTrace() {
        DriverDataSource ds = memory("migrator-broken");
        Migrator m = new Migrator(ds, DatabaseKind.DERBY);
        assertThrows(IllegalStateException.class, () -> core(m,
                tampered("V1__foundation.sql", "CREATE TABLE t1 (id INTEGER);\nTHIS IS NOT SQL;\n")));
        // the good script applies afterwards: nothing of the broken attempt stayed
        assertTrue(core(m, REAL) >= 1);
    }

    @Test
    void eachModuleHasItsOwnHistory() throws SQLException {
        DriverDataSource ds = memory("migrator-modules");
        Migrator m = new Migrator(ds, DatabaseKind.DERBY);
        int coreScripts = core(m, REAL);
        // the probe module's V1 is not the core's V1: both are applied and recorded apart
        assertEquals(1, m.migrate("probe", REAL, "db/probe/migrations.txt"));
        assertEquals(0, m.migrate("probe", REAL, "db/probe/migrations.txt"));
        Map<String, Integer> perModule = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT module, COUNT(*) FROM schema_history GROUP BY module ORDER BY module")) {
            while (rs.next()) {
                perModule.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertEquals(Map.of("core", coreScripts, "probe", 1), perModule);
    }

    @Test
    void aFailingModuleLeavesTheOthersAlone() throws SQLException {
        DriverDataSource ds = memory("migrator-broken-module");
        Migrator m = new Migrator(ds, DatabaseKind.DERBY);
        core(m, REAL);
        assertThrows(IllegalStateException.class, () -> m.migrate("broken", REAL, "db/broken/migrations.txt"));
        assertEquals(1, m.migrate("probe", REAL, "db/probe/migrations.txt"));
        assertFalse(tableExists(ds, "BROKEN_ONE"));
    }

    @Test
    void refusesBadModuleAndScriptNames() {
        Migrator m = new Migrator(memory("migrator-names"), DatabaseKind.DERBY);
        assertThrows(IllegalArgumentException.class, () -> m.migrate("Probe; DROP", REAL, "db/probe/migrations.txt"));
        ClassLoader badIndex = new ClassLoader(REAL) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return new ByteArrayInputStream("../../etc/passwd\n".getBytes(StandardCharsets.UTF_8));
            }
        };
        assertThrows(IllegalStateException.class, () -> m.migrate("probe", badIndex, "db/probe/migrations.txt"));
    }

    /**
     * A database made by Jiuye 0.1 (one history in {@code schema_version}, scripts V1..V10 of the core) upgrades in
     * place: the 0.1 scripts are not run again, their rows become the core's history, the data stays, and newer
     * scripts and modules apply on top.
     */
    @Test
    void upgradesADatabaseMadeByVersionOne() throws Exception {
        DriverDataSource ds = memory("migrator-v01");
        List<String> v01 = List.of("V1__foundation.sql", "V2__graduates.sql", "V3__registration.sql",
                "V4__source_info.sql", "V5__employers.sql", "V6__recommendation_forms.sql",
                "V7__source_corrections.sql", "V8__notifications.sql", "V9__import_jobs.sql",
                "V10__correction_evidence.sql");
        try (Connection c = ds.getConnection()) {
            VersionOne.migrate(c, v01);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO school (id, public_id, code, name, created_at, version)"
                        + " VALUES (7, 'sch7', '10611', 'Old School', CURRENT_TIMESTAMP, 1)");
            }
        }
        Migrator m = new Migrator(ds, DatabaseKind.DERBY);
        int newer = scriptCount() - v01.size();
        assertEquals(newer, core(m, REAL), "only the scripts after 0.1 run");
        assertFalse(tableExists(ds, "SCHEMA_VERSION"));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_history WHERE module = 'core' AND version <= 10")) {
                rs.next();
                assertEquals(10, rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM school WHERE id = 7")) {
                assertTrue(rs.next());
                assertEquals("Old School", rs.getString(1));
            }
        }
        assertEquals(0, core(m, REAL));
        assertEquals(1, m.migrate("probe", REAL, "db/probe/migrations.txt"));
        // a changed 0.1 script is still caught after the upgrade
        assertThrows(IllegalStateException.class, () -> core(m, tampered("V2__graduates.sql", "-- edited\n")));
    }

    @Test
    void splitsScriptsIntoStatementsAndDropsCommentLines() {
        assertEquals(List.of("CREATE TABLE a (\nx INTEGER)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (\n  x INTEGER);\n\n  -- another\n"
                        + "INSERT INTO a VALUES (1);\n"));
    }

    private static int scriptCount() throws IOException {
        try (InputStream in = REAL.getResourceAsStream(Migrator.CORE_INDEX)) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        }
    }

    private static boolean tableExists(DriverDataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** The bookkeeping of Jiuye 0.1's migrator, as it wrote it: one table, version as the key. */
    private static final class VersionOne {
        static void migrate(Connection c, List<String> scripts) throws Exception {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
                st.execute("CREATE TABLE schema_lock (id INTEGER NOT NULL PRIMARY KEY)");
                st.execute("INSERT INTO schema_lock (id) VALUES (1)");
                for (String name : scripts) {
                    String raw;
                    try (InputStream in = REAL.getResourceAsStream("db/migration/" + name)) {
                        raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    String sql = raw;
                    for (Map.Entry<String, String> p : DatabaseKind.DERBY.sqlPlaceholders().entrySet()) {
                        sql = sql.replace(p.getKey(), p.getValue());
                    }
                    for (String statement : Migrator.statements(sql)) {
                        st.execute(statement);
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                        ps.setInt(1, Integer.parseInt(name.substring(1, name.indexOf("__"))));
                        ps.setString(2, name);
                        ps.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(raw.getBytes(StandardCharsets.UTF_8))));
                        ps.executeUpdate();
                    }
                }
            }
        }

        private VersionOne() {
        }
    }
}
