package io.jiuye.core.module;

import io.jiuye.api.flow.ItemState;
import java.util.Map;

/**
 * A review item as a module sees it: ids of the rows it belongs to, its state and step, its attributes, and the
 * newest trail entry's actor and remark (the reason of a rejection, the name of the approver).
 *
 * @param id internal id, what a module stores to refer to the item
 * @param counterpartyUserId {@code null} when the item has no other party
 * @param collegeId {@code null} for items of a whole school
 */
public record ReviewItemView(long id, String publicId, String type, ItemState state, String stepKey, long schoolId,
        Long collegeId, long submitterUserId, Long counterpartyUserId, String employerRef,
        Map<String, String> attributes, String lastActorName, String lastRemark) {

    public ReviewItemView {
        attributes = Map.copyOf(attributes);
    }
}
