package io.jiuye.core.module;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in a database transaction. A call made while a transaction is already open on this thread joins it, so
 * a state change, its trail entry and the listeners it triggers commit or roll back together, whichever bundle's
 * entities they touch.
 *
 * <p>The service carries the property {@value DataModule#MODULES}: the names of the modules whose entities its
 * persistence unit holds. A module's components reference it with {@code target = "(jiuye.modules=<name>)"}, so
 * they start only once their tables exist and their entities are known. Obtain an {@link EntityManager} per call,
 * never keep one: the unit is rebuilt when modules come and go.
 */
@ProviderType
public interface Transactions {

    <T> T inTransaction(Function<EntityManager, T> work);

    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
