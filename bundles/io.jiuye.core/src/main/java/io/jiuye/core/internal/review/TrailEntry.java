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
import java.time.Instant;

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
    @Column(name = "occurred_at")
    private Instant at;

    protected TrailEntry() {
    }

    TrailEntry(ReviewItem item, int seq, UserAccount actor, String actorName, Role actorRole, ReviewAction action,
            String stepKey, ItemState resultingState, String remark, Instant at) {
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
    }

    public TrailEntryDto toDto() {
        return new TrailEntryDto(actor == null ? null : actor.getPublicId(), actorName, actorRole, at, action, stepKey,
                resultingState, remark);
    }
}
