package io.jiuye.core.internal.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jiuye.core.internal.TestPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The durable timer table: due work runs once, even with two nodes polling the same database. */
class DueWorkQueueTest {
    private TestPlatform p;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void workRunsWhenDueAndOnlyOnce() {
        p.timers.schedule("k", 42, 7, p.clock.instant().plus(Duration.ofHours(1)));
        List<Long> ran = new ArrayList<>();
        assertEquals(0, p.timers.runDue("k", 10, w -> ran.add(w.getRefId())));
        p.clock.advance(Duration.ofHours(1));
        assertEquals(0, p.timers.runDue("other", 10, w -> ran.add(w.getRefId())));
        assertEquals(1, p.timers.runDue("k", 10, w -> ran.add(w.getRefId())));
        assertEquals(0, p.timers.runDue("k", 10, w -> ran.add(w.getRefId())));
        assertEquals(List.of(42L), ran);
    }

    @Test
    void twoNodesPollingTogetherRunEachEntryOnce() throws Exception {
        int n = 40;
        for (int i = 0; i < n; i++) {
            p.timers.schedule("k", i, 0, p.clock.instant());
        }
        p.clock.advance(Duration.ofSeconds(1));
        DueWorkQueue nodeA = new DueWorkQueue(p.tx, p.clock);
        DueWorkQueue nodeB = new DueWorkQueue(p.tx, p.clock);
        List<Long> ran = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> polls = new ArrayList<>();
        for (DueWorkQueue node : List.of(nodeA, nodeB)) {
            polls.add(() -> {
                int done = 0;
                for (int round = 0; round < 5; round++) {
                    done += node.runDue("k", 10, w -> ran.add(w.getRefId()));
                }
                return done;
            });
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(polls)) {
            total += f.get();
        }
        pool.shutdown();
        assertEquals(n, total);
        assertEquals(n, ran.stream().distinct().count());
        assertEquals(n, ran.size());
    }
}
