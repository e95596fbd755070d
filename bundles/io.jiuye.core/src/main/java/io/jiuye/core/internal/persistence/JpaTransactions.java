package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.Transactions;
import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@link Transactions} over the current {@link EntityManagerFactory}: one entity manager and one resource-local
 * transaction per outermost call, bound to the thread. Optimistic-lock failures become {@code VERSION_CONFLICT},
 * unique-key violations (SQLState 23505) {@code DUPLICATE}.
 *
 * <p>The factory is replaced when modules come or go ({@link #replace}); a transaction keeps the factory it began
 * with, and a replaced factory closes when its last transaction ends.
 */
public final class JpaTransactions implements Transactions {
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private volatile Generation generation;

    public JpaTransactions(EntityManagerFactory emf) {
        this.generation = new Generation(emf);
    }

    /** Makes {@code emf} the factory of new transactions; the previous one closes once idle. */
    void replace(EntityManagerFactory emf) {
        Generation old = generation;
        generation = new Generation(emf);
        old.retire();
    }

    /** Closes the current factory (the store is closing). */
    void close() {
        generation.retire();
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        Generation g = enter();
        EntityManager em = g.emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw translate(e);
        } finally {
            current.remove();
            em.close();
            g.leave();
        }
    }

    /** The current generation, counted as in use; a generation retired meanwhile is left for the next one. */
    private Generation enter() {
        while (true) {
            Generation g = generation;
            g.open.incrementAndGet();
            if (!g.retired) {
                return g;
            }
            g.leave();
        }
    }

    /** One factory and the transactions running on it. */
    private static final class Generation {
        final EntityManagerFactory emf;
        final AtomicInteger open = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        volatile boolean retired;

        Generation(EntityManagerFactory emf) {
            this.emf = emf;
        }

        void retire() {
            retired = true;
            closeIfIdle();
        }

        void leave() {
            open.decrementAndGet();
            if (retired) {
                closeIfIdle();
            }
        }

        private void closeIfIdle() {
            if (open.get() == 0 && closed.compareAndSet(false, true)) {
                emf.close();
            }
        }
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof JiuyeException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return withCause(new JiuyeException(CoreError.VERSION_CONFLICT), e);
            }
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return withCause(new JiuyeException(CoreError.DUPLICATE), e);
            }
            if (t instanceof SQLTransientConnectionException) { // the pool had no connection free in time
                return withCause(new JiuyeException(CoreError.DATABASE_BUSY), e);
            }
        }
        return e;
    }

    private static JiuyeException withCause(JiuyeException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }
}
