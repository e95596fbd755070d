package io.jiuye.api.flow;

import java.util.Objects;
import java.util.Set;

/**
 * How many items of one group may exist in the counted states: termination "once" counts approved ones only, so a
 * rejected application does not use the chance up (R-TERM-5). Items still in review always count, so one cannot
 * open a second while the first is pending. The engine checks a limit under a lock on its group and scope key, so
 * two concurrent submissions cannot both pass.
 *
 * @param group           items sharing a group share the limit (e.g. online and offline termination)
 * @param scope           whose items are counted
 * @param recordAttribute with {@link LimitScope#RECORD}, the attribute naming the record (e.g. {@code agreementId})
 */
public record FlowLimit(String group, int max, Set<ItemState> counted, LimitScope scope, String recordAttribute) {
    public FlowLimit {
        Objects.requireNonNull(group, "group");
        counted = Ordered.enums(counted, ItemState.class);
        scope = scope == null ? LimitScope.SUBMITTER : scope;
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        if ((scope == LimitScope.RECORD) != (recordAttribute != null)) {
            throw new IllegalArgumentException("a record limit, and only one, names the record attribute");
        }
    }

    /** A limit per submitter. */
    public FlowLimit(String group, int max, Set<ItemState> counted) {
        this(group, max, counted, LimitScope.SUBMITTER, null);
    }

    /** Once per submitter, counting approved items (plus those in review). */
    public static FlowLimit onceApproved(String group) {
        return new FlowLimit(group, 1, Set.of(ItemState.APPROVED));
    }

    /** Once per graduate, whoever applies, counting approved items (plus those in review). */
    public static FlowLimit oncePerGraduate(String group) {
        return new FlowLimit(group, 1, Set.of(ItemState.APPROVED), LimitScope.GRADUATE, null);
    }

    /** At most one item in review per record named by {@code attribute}, whoever submitted it. */
    public static FlowLimit oneOpenPerRecord(String group, String attribute) {
        return new FlowLimit(group, 1, Set.of(), LimitScope.RECORD, Objects.requireNonNull(attribute));
    }
}
