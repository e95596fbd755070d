package io.jiuye.core.internal.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in a database transaction. A call made while a transaction is already open on this thread joins it, so
 * a state change, its trail entry and the listeners it triggers commit or roll back together.
 */
public interface Transactions {

    <T> T inTransaction(Function<EntityManager, T> work);

    default void run(java.util.function.Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
