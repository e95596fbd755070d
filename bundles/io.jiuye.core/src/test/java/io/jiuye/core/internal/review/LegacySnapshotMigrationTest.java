package io.jiuye.core.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.core.internal.persistence.CoreDataModule;
import io.jiuye.core.internal.persistence.JpaStore;
import io.jiuye.core.module.DataModule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database made before SPI 0.2 (migrations up to V10, snapshots inline in review_item, written by SPI 0.1) upgrades
 * in place: V13 moves the inline snapshots out, and on start the core rewrites them to the 0.2 form and keeps one
 * per distinct flow.
 */
class LegacySnapshotMigrationTest {
    /** A 0.1 snapshot as stored by the engine: one timer per step, options as bare codes. */
    static final String V01_SNAPSHOT = "{\"steps\":[{\"key\":\"accept\",\"label\":{\"zh\":\"应约\",\"en\":\"Accept\"},"
            + "\"actor\":{\"kind\":\"COUNTERPARTY\",\"party\":null},\"actions\":[\"APPROVE\",\"REJECT\"],"
            + "\"conditions\":[],\"uploads\":[],\"fields\":[{\"key\":\"nature\",\"label\":{\"zh\":\"性质\",\"en\":\"Nature\"},"
            + "\"type\":\"ENUM\",\"required\":true,\"maxLength\":null,\"options\":[\"ENTERPRISE\",\"GOVERNMENT\"],"
            + "\"maxItems\":1}],\"timer\":{\"mode\":\"EXPIRE\",\"after\":\"PT120H\",\"action\":\"EXPIRE\","
            + "\"endOfDay\":true}},{\"key\":\"school\",\"label\":{\"zh\":\"学校\",\"en\":\"School\"},"
            + "\"actor\":{\"kind\":\"SCHOOL_ADMIN\",\"party\":null},\"actions\":[\"APPROVE\",\"REJECT\",\"RETURN\"],"
            + "\"conditions\":[],\"uploads\":[],\"fields\":[],\"timer\":null}],\"limits\":[],\"window\":null,"
            + "\"withdrawable\":true,\"revocable\":true}";

    /** Serves the real scripts but lists them only up to {@code last}. */
    private static ClassLoader upTo(String last) {
        ClassLoader real = LegacySnapshotMigrationTest.class.getClassLoader();
        return new ClassLoader(real) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/migration/migrations.txt")) {
                    try (InputStream in = real.getResourceAsStream(name)) {
                        String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        return new ByteArrayInputStream(index.substring(0, index.indexOf(last) + last.length())
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return real.getResourceAsStream(name);
            }
        };
    }

    /** The core's data module as it was when {@code last} was its newest script. */
    private static DataModule coreUpTo(String last) {
        DataModule core = new CoreDataModule();
        ClassLoader loader = upTo(last);
        return new DataModule() {
            @Override
            public String name() {
                return core.name();
            }

            @Override
            public java.util.Collection<String> entityClasses() {
                return core.entityClasses();
            }

            @Override
            public ClassLoader classLoader() {
                return loader;
            }

            @Override
            public String migrations() {
                return core.migrations();
            }
        };
    }

    @Test
    void inlineSnapshotsMoveOutAndEqualOnesAreMerged() {
        String url = "jdbc:derby:memory:legacy-snapshots;create=true";
        JpaStore old = JpaStore.openAs(url, coreUpTo("V10__correction_evidence.sql"));
        old.transactions().run(em -> {
            em.createNativeQuery("INSERT INTO school (id, public_id, code, name, created_at, version)"
                    + " VALUES (1, 'sch_1', '10001', 'S', CURRENT_TIMESTAMP, 0)").executeUpdate();
            em.createNativeQuery("INSERT INTO user_account (id, public_id, username, display_name, role, school_id,"
                    + " password_hash, enabled, created_at, version) VALUES (2, 'usr_2', 'st', 'St', 'STUDENT', 1,"
                    + " 'x', TRUE, CURRENT_TIMESTAMP, 0)").executeUpdate();
            for (int i = 0; i < 3; i++) {
                em.createNativeQuery("INSERT INTO review_item (id, public_id, item_type, school_id, submitter_id, state,"
                        + " step_key, waiting_actor, limit_groups, flow_snapshot, attributes, submitted_at, updated_at,"
                        + " version) VALUES (?, ?, 'x:y@1', 1, 2, 'IN_REVIEW', 'accept', 'COUNTERPARTY', ',', ?, '{}',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                        .setParameter(1, 10 + i).setParameter(2, "rev_" + i)
                        .setParameter(3, i < 2 ? V01_SNAPSHOT : V01_SNAPSHOT.replace("PT120H", "PT24H"))
                        .executeUpdate();
            }
        });
        old.close();

        JpaStore upgraded = JpaStore.open(url, null, null);
        try {
            FlowSnapshots snapshots = new FlowSnapshots();
            assertEquals(3, snapshots.mergeLegacy(upgraded.transactions(), 2));
            assertEquals(0, snapshots.mergeLegacy(upgraded.transactions(), 2), "done once");
            upgraded.transactions().run(em -> {
                List<FlowSnapshot> rows = em.createQuery("SELECT f FROM FlowSnapshot f", FlowSnapshot.class)
                        .getResultList();
                assertEquals(2, rows.size(), "two distinct flows");
                assertTrue(rows.stream().noneMatch(f -> f.getContentHash().startsWith(FlowSnapshots.LEGACY_PREFIX)));
                List<ReviewItem> items = em.createQuery("SELECT i FROM ReviewItem i ORDER BY i.id", ReviewItem.class)
                        .getResultList();
                assertEquals(items.get(0).getSnapshot().getId(), items.get(1).getSnapshot().getId());
                FlowDefinition flow = items.get(0).flow(snapshots);
                StepDefinition accept = flow.step("accept");
                assertEquals(List.of(new StepTimer(StepTimer.Mode.EXPIRE, java.time.Duration.ofDays(5),
                        io.jiuye.api.flow.ReviewAction.EXPIRE, true)), accept.timers());
                assertEquals(List.of("ENTERPRISE", "GOVERNMENT"), accept.fields().get(0).optionCodes());
                assertEquals(FieldType.ENUM, accept.fields().get(0).type());
                assertTrue(flow.milestones().isEmpty());
                assertTrue(flow.step("school").timers().isEmpty());
                assertEquals(java.time.Duration.ofHours(24),
                        items.get(2).flow(new FlowSnapshots()).step("accept").timers().get(0).after());
            });
        } finally {
            upgraded.close();
        }
    }
}
