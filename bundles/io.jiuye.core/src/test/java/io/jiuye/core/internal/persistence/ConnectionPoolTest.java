package io.jiuye.core.internal.persistence;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.core.module.Transactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The core's transactions run on a bounded pool: connections are reused, and never more than the bound open; a caller
 * who finds none free within the timeout gets DATABASE_BUSY.
 */
class ConnectionPoolTest {
    private static final AtomicInteger DB = new AtomicInteger();

    private static JpaStore store(ConnectionPool.Settings settings) {
        return JpaStore.open("jdbc:derby:memory:pool-test-" + DB.incrementAndGet() + ";create=true", null, null,
                settings);
    }

    private static int schools(Transactions tx) {
        return tx.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM school")
                .getSingleResult()).intValue());
    }

    @Test
    void transactionsReuseTheSameFewConnections() {
        try (JpaStore store = store(new ConnectionPool.Settings(3, 1, Duration.ofSeconds(2), Duration.ofMinutes(1),
                Duration.ofMinutes(30)))) {
            for (int i = 0; i < 200; i++) {
                assertEquals(0, schools(store.transactions()));
            }
            assertTrue(store.pool().getTotalConnections() <= 3, "open: " + store.pool().getTotalConnections());
            assertEquals(0, store.pool().getActiveConnections(), "every connection went back to the pool");
        }
    }

    @Test
    void aCallerBeyondTheBoundWaitsAndThenFails() throws Exception {
        try (JpaStore store = store(new ConnectionPool.Settings(2, 0, Duration.ofMillis(1000), Duration.ofMinutes(1),
                Duration.ofMinutes(30)))) {
            Transactions tx = store.transactions();
            CountDownLatch holding = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> holders = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    holders.add(threads.submit(() -> tx.inTransaction(em -> {
                        int n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM school").getSingleResult())
                                .intValue();
                        holding.countDown();
                        await(release);
                        return n;
                    })));
                }
                assertTrue(holding.await(10, TimeUnit.SECONDS), "two transactions hold a connection each");
                assertEquals(2, store.pool().getActiveConnections());
                long t0 = System.nanoTime();
                JiuyeException refused = assertThrows(JiuyeException.class, () -> schools(tx));
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waited >= 900, "waited " + waited + " ms for a free connection");
                assertEquals(CoreError.DATABASE_BUSY, refused.error(), "a stable code, answered as 503 by REST");
                assertTrue(causedByTimeout(refused), "the pool's timeout stays the cause: " + refused);
                assertEquals(2, store.pool().getTotalConnections(), "no third connection was opened");
                release.countDown();
                for (Future<Integer> f : holders) {
                    assertEquals(0, f.get(10, TimeUnit.SECONDS));
                }
                assertEquals(0, schools(tx), "a connection is free again once a transaction ends");
            } finally {
                release.countDown();
                threads.shutdownNow();
            }
        }
    }

    @Test
    void settingsRefuseAnUnboundedOrInconsistentPool() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool.Settings(0, 0, Duration.ofSeconds(1),
                Duration.ofMinutes(1), Duration.ofMinutes(30)));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool.Settings(2, 3, Duration.ofSeconds(1),
                Duration.ofMinutes(1), Duration.ofMinutes(30)));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool.Settings(2, 1, Duration.ofMillis(10),
                Duration.ofMinutes(1), Duration.ofMinutes(30)));
    }

    private static boolean causedByTimeout(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
