package io.jiuye.core.internal.persistence;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * {@link Transactions} over an {@link EntityManagerFactory}: one entity manager and one resource-local transaction
 * per outermost call, bound to the thread. Optimistic-lock failures become {@code VERSION_CONFLICT}, unique-key
 * violations (SQLState 23505) {@code DUPLICATE}.
 */
public final class JpaTransactions implements Transactions {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        EntityManager em = emf.createEntityManager();
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
        }
        return e;
    }

    private static JiuyeException withCause(JiuyeException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }
}
