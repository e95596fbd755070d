package io.jiuye.api.review;

import io.jiuye.api.Role;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.ItemState;
import java.time.Instant;
import java.util.Map;

/**
 * One line of an item's review trail (流程追踪: 用户, 时间, 操作, 备注), with the step values given with the action
 * that the viewer may see.
 */
public record TrailEntryDto(String actorId, String actorName, Role actorRole, Instant at, ReviewAction action,
        String stepKey, ItemState resultingState, String remark, Map<String, String> values) {
    public TrailEntryDto {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
