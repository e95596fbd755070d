package io.jiuye.api.flow;

import java.util.Objects;
import java.util.Set;

/**
 * How many items of one group a subject may have in the counted states: termination "once" counts approved ones
 * only, so a rejected application does not use the chance up (R-TERM-5). Items still in review always count, so
 * one cannot open a second while the first is pending.
 *
 * @param group items sharing a group share the limit (e.g. online and offline termination)
 */
public record FlowLimit(String group, int max, Set<ItemState> counted) {
    public FlowLimit {
        Objects.requireNonNull(group, "group");
        counted = Set.copyOf(counted);
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
    }

    public static FlowLimit onceApproved(String group) {
        return new FlowLimit(group, 1, Set.of(ItemState.APPROVED));
    }
}
