package io.jiuye.core.internal.review;

import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.EntityManager;
import io.jiuye.api.flow.FlowDefinition;

/**
 * An item type the core itself owns (plugin id {@code core}), e.g. source information: always live, its flow built
 * from the school's configuration, and its owning module told of every transition inside the same transaction.
 */
public interface CoreItemType {
    String PLUGIN_ID = "core";

    ContributionId id();

    /** The flow an item submitted now in this school follows. */
    FlowDefinition flow(School school);

    /** Called after every transition of one of its items, in the transition's transaction. */
    void afterTransition(EntityManager em, ReviewItem item);
}
