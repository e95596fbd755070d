package io.jiuye.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versioned migrations: applied once, in order, and never silently changed. */
class MigratorTest {

    private static DriverDataSource memory(String name) {
        return new DriverDataSource(DatabaseKind.DERBY.newDriver(), "jdbc:derby:memory:" + name + ";create=true", null,
                null);
    }

    /** A class loader that serves the real scripts, with one script's text replaced. */
    private static ClassLoader tampered(String script, String replacement) {
        ClassLoader real = MigratorTest.class.getClassLoader();
        return new ClassLoader(real) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/migration/" + script)) {
                    return new ByteArrayInputStream(replacement.getBytes(StandardCharsets.UTF_8));
                }
                return real.getResourceAsStream(name);
            }
        };
    }

    @Test
    void appliesEachScriptOnce() {
        DriverDataSource ds = memory("migrator-once");
        Migrator m = new Migrator(ds, DatabaseKind.DERBY, MigratorTest.class.getClassLoader());
        assertTrue(m.migrate() >= 1);
        assertEquals(0, m.migrate());
    }

    @Test
    void refusesAnAppliedScriptThatChanged() {
        DriverDataSource ds = memory("migrator-changed");
        new Migrator(ds, DatabaseKind.DERBY, MigratorTest.class.getClassLoader()).migrate();
        Migrator changed = new Migrator(ds, DatabaseKind.DERBY, tampered("V1__foundation.sql", "-- edited\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class, changed::migrate);
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void aFailingScriptLeavesNoTrace() {
        DriverDataSource ds = memory("migrator-broken");
        Migrator broken = new Migrator(ds, DatabaseKind.DERBY,
                tampered("V1__foundation.sql", "CREATE TABLE t1 (id INTEGER);\nTHIS IS NOT SQL;\n"));
        assertThrows(IllegalStateException.class, broken::migrate);
        // the good script applies afterwards: nothing of the broken attempt stayed
        assertTrue(new Migrator(ds, DatabaseKind.DERBY, MigratorTest.class.getClassLoader()).migrate() >= 1);
    }

    @Test
    void splitsScriptsIntoStatementsAndDropsCommentLines() {
        assertEquals(List.of("CREATE TABLE a (\nx INTEGER)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (\n  x INTEGER);\n\n  -- another\n"
                        + "INSERT INTO a VALUES (1);\n"));
    }
}
