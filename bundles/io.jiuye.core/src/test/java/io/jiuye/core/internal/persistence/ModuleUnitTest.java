package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.Transactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.core.internal.persistence.probe.ProbeModule;
import io.jiuye.core.internal.persistence.probe.ProbeNote;
import io.jiuye.core.internal.persistence.probe.TwinNote;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.School;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Module bundles' data in the one persistence unit: a module's tables are migrated in its own history, its entities
 * join the unit, one transaction spans the core's rows and the module's, and modules come and go at run time.
 */
class ModuleUnitTest {
    private static int databases;
    private JpaStore store;

    private JpaStore open(String name, io.jiuye.core.module.DataModule... modules) {
        store = JpaStore.open("jdbc:derby:memory:module-unit-" + name + "-" + (++databases) + ";create=true", null,
                null, modules);
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static long school(Transactions tx, String code) {
        return tx.inTransaction(em -> {
            School s = new School(code, "School " + code, null, Instant.parse("2026-03-02T02:00:00Z"));
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    private static long notes(Transactions tx) {
        return tx.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM probe_note")
                .getSingleResult()).longValue());
    }

    @Test
    void theCoreAloneDoesNotKnowAModulesEntities() {
        Transactions tx = open("alone").transactions();
        assertEquals(List.of("core"), store.modules());
        assertThrows(IllegalArgumentException.class, () -> tx.run(em -> em.persist(new ProbeNote(1, 1, "x"))));
    }

    @Test
    void aModuleAtStartHasItsTablesAndEntities() {
        Transactions tx = open("start", ProbeModule.probe()).transactions();
        assertEquals(List.of("core", "probe"), store.modules());
        long school = school(tx, "10611");
        tx.run(em -> em.persist(new ProbeNote(1, school, "hello")));
        assertEquals("hello", tx.inTransaction(em -> em
                .createQuery("select n from ProbeNote n where n.schoolId = :s", ProbeNote.class)
                .setParameter("s", school).getSingleResult().text()));
    }

    @Test
    void oneTransactionSpansTheCoreAndTheModule() {
        Transactions tx = open("atomic", ProbeModule.probe()).transactions();
        assertThrows(IllegalStateException.class, () -> tx.run(em -> {
            School s = new School("10612", "Rolled back", null, Instant.parse("2026-03-02T02:00:00Z"));
            em.persist(s);
            em.flush();
            em.persist(new ProbeNote(2, s.getId(), "rolled back"));
            em.flush();
            throw new IllegalStateException("fails after both rows were written");
        }));
        assertEquals(0, notes(tx));
        assertEquals(0L, (long) tx.inTransaction(em -> em.createQuery("select count(s) from School s", Long.class)
                .getSingleResult()));
    }

    @Test
    void aModuleArrivesAndLeavesAtRunTimeAndItsRowsStay() {
        Transactions tx = open("runtime").transactions();
        long school = school(tx, "10613");
        assertEquals(List.of("core", "probe"), store.install(List.of(ProbeModule.probe())));
        tx.run(em -> em.persist(new ProbeNote(3, school, "kept")));
        assertEquals(List.of("core"), store.install(List.of()));
        assertThrows(IllegalArgumentException.class, () -> tx.run(em -> em.find(ProbeNote.class, 3L)));
        assertEquals(1, notes(tx), "the module's table and rows outlive the module");
        // back again: not migrated twice, the row is there
        store.install(List.of(ProbeModule.probe()));
        assertEquals("kept", tx.inTransaction(em -> em.find(ProbeNote.class, 3L).text()));
    }

    @Test
    void aModuleThatCannotMapIsLeftOutAndTheUnitKeepsWorking() {
        Transactions tx = open("unmappable", ProbeModule.probe()).transactions();
        ProbeModule ghost = new ProbeModule("ghost", List.of("no.such.Entity"));
        assertEquals(List.of("core", "probe"), store.install(List.of(ProbeModule.probe(), ghost)),
                "a class that does not load keeps the module out");
        ProbeModule twin = new ProbeModule("twin", List.of(TwinNote.class.getName()));
        assertEquals(List.of("core", "probe"), store.install(List.of(ProbeModule.probe(), twin)),
                "an entity name taken by another module keeps the unit as it was");
        long school = school(tx, "10614");
        tx.run(em -> em.persist(new ProbeNote(4, school, "still works")));
        assertEquals(List.of("core", "probe", "ghost"), store.install(List.of(ProbeModule.probe(),
                new ProbeModule("ghost", List.of()))), "the check can pass: the same name without the bad class joins");
    }

    @Test
    void aModuleWhoseMigrationFailsIsLeftOutAndTheOthersJoin() {
        open("broken");
        ProbeModule broken = new ProbeModule("broken", List.of());
        assertEquals(List.of("core", "probe"), store.install(List.of(broken, ProbeModule.probe())));
    }

    @Test
    void twoModulesOfOneNameAreRefused() {
        open("twins");
        ProbeModule core = new ProbeModule("core", List.of());
        assertEquals(List.of("core", "probe"), store.install(List.of(core, ProbeModule.probe(), ProbeModule.probe())));
    }

    /** A transaction that began before a module arrived finishes on the unit it began with. */
    @Test
    void aRunningTransactionSurvivesTheUnitBeingReplaced() throws Exception {
        Transactions tx = open("inflight").transactions();
        long school = school(tx, "10615");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch replaced = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> running = pool.submit(() -> tx.inTransaction(em -> {
                School s = em.find(School.class, school);
                inside.countDown();
                await(replaced);
                em.persist(new College(s, "Q", "学院Q"));
                em.flush();
                return em.createQuery("SELECT c.name FROM College c WHERE c.school.id = :s", String.class)
                        .setParameter("s", school).getSingleResult();
            }));
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            store.install(List.of(ProbeModule.probe()));
            replaced.countDown();
            assertEquals("学院Q", running.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals("学院Q", tx.inTransaction(em -> em.createQuery("SELECT c.name FROM College c WHERE c.school.id = :s",
                String.class).setParameter("s", school).getSingleResult()));
        tx.run(em -> em.persist(new ProbeNote(5, school, "new unit")));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
