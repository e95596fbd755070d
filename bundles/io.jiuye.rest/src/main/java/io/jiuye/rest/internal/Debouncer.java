package io.jiuye.rest.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action once, a delay after the first of a burst of requests, on a thread of its own. A request arriving
 * while the action runs schedules one more run, so the last change is never lost.
 */
final class Debouncer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Debouncer.class);

    private final ScheduledExecutorService executor;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean running;
    private volatile long delayMillis;

    Debouncer(String threadName, long delayMillis, Runnable action) {
        this.action = action;
        this.delayMillis = Math.max(0, delayMillis);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    void setDelayMillis(long delayMillis) {
        this.delayMillis = Math.max(0, delayMillis);
    }

    /** Asks for a run; several requests within the delay make one run. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                executor.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    /** Whether a run was asked for and has not finished yet. */
    boolean pending() {
        return pending.get() || running;
    }

    private void run() {
        running = true;
        pending.set(false);
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Reload failed", e);
        } finally {
            running = false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
