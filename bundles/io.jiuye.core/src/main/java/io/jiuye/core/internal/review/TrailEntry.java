package io.jiuye.core.internal.review;

import io.jiuye.api.Role;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import io.jiuye.core.module.Json;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.Map;

/** One line of the review trail users see: who did what to which item, when, at which step, and why. */
@Entity
@Table(name = "review_trail")
public class TrailEntry extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private ReviewItem item;
    private int seq;
    @ManyToOne
    @JoinColumn(name = "actor_id")
    private UserAccount actor;
    @Column(name = "actor_name")
    private String actorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    private Role actorRole;
    @Enumerated(EnumType.STRING)
    private ReviewAction action;
    @Column(name = "step_key")
    private String stepKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_state")
    private ItemState resultingState;
    private String remark;
    @Lob
    @Column(name = "step_values")
    private String stepValues;
    @Column(name = "occurred_at")
    private Instant at;

    protected TrailEntry() {
    }

    TrailEntry(ReviewItem item, int seq, UserAccount actor, String actorName, Role actorRole, ReviewAction action,
            String stepKey, ItemState resultingState, String remark, Map<String, String> values, Instant at) {
        this.item = item;
        this.seq = seq;
        this.actor = actor;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.action = action;
        this.stepKey = stepKey;
        this.resultingState = resultingState;
        this.remark = remark;
        this.at = at;
        this.stepValues = values == null || values.isEmpty() ? null : Json.write(values);
    }

    /** The values given with the action. */
    Map<String, String> values() {
        return Json.readMap(stepValues);
    }

    String getStepKey() {
        return stepKey;
    }

    /** The line with all its values (for a module's own trail views). */
    public TrailEntryDto toDto() {
        return toDto(v -> v);
    }

    /** The line as a viewer sees it, with only the values {@code visible} lets through. */
    public TrailEntryDto toDto(java.util.function.UnaryOperator<Map<String, String>> visible) {
        return new TrailEntryDto(actor == null ? null : actor.getPublicId(), actorName, actorRole, at, action, stepKey,
                resultingState, remark, visible.apply(values()));
    }
}
