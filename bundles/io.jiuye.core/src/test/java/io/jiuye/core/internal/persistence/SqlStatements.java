package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database (its {@code preExecuteCall} event, raised once per
 * statement, not for rows found in the persistence context), so tests can prove a list reads a page in a fixed
 * number of statements whatever its size.
 */
public final class SqlStatements extends SessionEventAdapter {
    private final AtomicInteger count = new AtomicInteger();
    private final java.util.List<String> last = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean counting;

    private SqlStatements() {
    }

    /** Attaches a counter to the persistence unit behind {@code tx}; it counts only inside {@link #during}. */
    public static SqlStatements attach(Transactions tx) {
        SqlStatements s = new SqlStatements();
        tx.run(em -> em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(s));
        return s;
    }

    /** How many statements the work sent. */
    public int during(Runnable work) {
        return measure(() -> {
            work.run();
            return null;
        }).statements();
    }

    public <T> Measured<T> measure(Supplier<T> work) {
        count.set(0);
        last.clear();
        counting = true;
        try {
            T result = work.get();
            return new Measured<>(result, count.get());
        } finally {
            counting = false;
        }
    }

    /** The statements of the last measurement, for failure messages. */
    public java.util.List<String> lastStatements() {
        return java.util.List.copyOf(last);
    }

    public record Measured<T>(T result, int statements) {
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (counting) {
            count.incrementAndGet();
            last.add(event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall c
                    ? c.getSQLString() : String.valueOf(event.getCall()));
        }
    }
}
