package io.jiuye.core.module;

import java.util.Collection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module bundle brings to the database: its entity classes and its versioned migration scripts, kept in a
 * history of its own. Registered as an OSGi service by the module; the core applies the module's pending scripts
 * (after its own), rebuilds the persistence unit with the module's entities and then lists the module in the
 * {@link #MODULES} property of {@link Transactions}. A module that fails to migrate or to map is left out and
 * logged; the others keep working. When a module leaves, its tables and rows stay.
 *
 * <p>Modules refer to each other's rows by id only: no JPA relationship crosses bundles.
 */
@ConsumerType
public interface DataModule {
    /** Service property of {@link Transactions}: the names of the modules in its persistence unit. */
    String MODULES = "jiuye.modules";

    /** The core's own history and unit. */
    String CORE = "core";

    /** Lower-case name ({@code [a-z][a-z0-9-]*}), the key of the module's migration history; never changes. */
    String name();

    /** Fully qualified names of the module's entity (and converter) classes. */
    Collection<String> entityClasses();

    /** Loads the module's entity classes and its migration resources; usually the module bundle's class loader. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /**
     * The module's migration index: one script name per line ({@code V<n>__<what>.sql}, in the same folder), in
     * order, {@code #} comments allowed. Scripts may use {@code ${text}} and {@code ${blob}} for the types that
     * differ between Derby and PostgreSQL. Applied scripts never change.
     */
    default String migrations() {
        return "db/" + name() + "/migrations.txt";
    }
}
