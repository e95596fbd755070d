package io.jiuye.api.review;

import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.ReviewAction;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An item in review as the caller sees it.
 *
 * @param type          the contribution that defines it, {@code pluginId:key@version}
 * @param typeAvailable whether that contribution is live now; when not, the item is readable but cannot be acted on
 * @param stepKey       the step it waits at, {@code null} when not in review
 * @param flow          the flow snapshotted when it was submitted
 * @param allowedActions what the caller may do now
 * @param actableFrom   when the current step may first be acted on (consideration period), or {@code null}
 * @param attributes    the item's values the caller may see (fields hidden from the other party or kept for admins
 *                      are left out)
 * @param milestones    the milestones the item has reached in this submission
 * @param deadline      when the current step expires, or {@code null}
 */
public record ReviewItemDto(String id, String type, boolean typeAvailable, ItemState state, String stepKey,
        String submitterId, String schoolId, String collegeId, String employerId, String counterpartyId,
        Map<String, String> attributes, FlowDefinition flow, Set<ReviewAction> allowedActions, Instant submittedAt,
        Instant updatedAt, Instant actableFrom, long version, Set<Milestone> milestones, Instant deadline) {
    public ReviewItemDto {
        milestones = milestones == null ? Set.of() : Set.copyOf(milestones);
    }
}
