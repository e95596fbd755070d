package io.jiuye.core.module;

import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.plugin.ContributionId;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A review item type that a module owns (plugin id {@value #CORE_PLUGIN}), e.g. source information or an
 * employer's qualification: always live, its flow chosen by the module, and the module told of every transition
 * inside the transition's transaction (join it through {@link Transactions}). Registered as an OSGi service.
 */
@ConsumerType
public interface ReviewItemHandler {
    /** The plugin id of every module-owned type: such types need no plugin to be enabled. */
    String CORE_PLUGIN = "core";

    /** The type, {@code core:<key>@<version>}. */
    ContributionId type();

    /** The flow an item submitted now in the school with this internal id follows. */
    FlowDefinition flow(long schoolId);

    /**
     * Called after every transition of one of its items, in the transition's transaction; throwing rolls the
     * transition back.
     */
    void afterTransition(ReviewItemView item);
}
