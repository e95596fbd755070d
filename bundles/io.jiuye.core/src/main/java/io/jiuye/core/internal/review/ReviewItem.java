package io.jiuye.core.internal.review;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.Role;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.LimitScope;
import io.jiuye.api.flow.Milestone;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.module.Json;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item in the review workflow. It keeps the name of the contribution that defines it and a snapshot of its flow
 * taken at submission, so it stays readable (and, once its plugin is back, actionable) whatever happens to the
 * configuration.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem extends Versioned {
    @Column(name = "item_type")
    private String itemType;
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @ManyToOne
    @JoinColumn(name = "college_id")
    private College college;
    @ManyToOne(optional = false)
    @JoinColumn(name = "submitter_id")
    private UserAccount submitter;
    @ManyToOne
    @JoinColumn(name = "counterparty_id")
    private UserAccount counterparty;
    @Column(name = "employer_ref")
    private String employerRef;
    @Enumerated(EnumType.STRING)
    private ItemState state;
    @Column(name = "step_key")
    private String stepKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_actor")
    private ActorKind waitingActor;
    @Column(name = "step_entered_at")
    private Instant stepEnteredAt;
    @Column(name = "actable_from")
    private Instant actableFrom;
    @Column(name = "limit_groups")
    private String limitGroups;
    @ManyToOne(optional = false)
    @JoinColumn(name = "flow_snapshot_id")
    private FlowSnapshot snapshot;
    @ManyToOne
    @JoinColumn(name = "graduate_id")
    private UserAccount graduate;
    @Column(name = "record_ref")
    private String recordRef;
    @Column(name = "milestones")
    private String milestones;
    @Column(name = "timer_dues")
    private String timerDues;
    @Lob
    @Column(name = "attributes")
    private String attributesJson;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Transient
    private FlowDefinition flow;

    protected ReviewItem() {
    }

    ReviewItem(String itemType, UserAccount submitter, UserAccount counterparty, String employerRef,
            Map<String, String> attributes, Instant now) {
        super("rev");
        this.itemType = itemType;
        this.submitter = submitter;
        // the item belongs to the student's school: the submitter's, or the counterparty's when an employer submits
        UserAccount owner = submitter.getSchool() != null || counterparty == null ? submitter : counterparty;
        this.school = owner.getSchool();
        this.college = owner.getCollege();
        this.counterparty = counterparty;
        this.graduate = submitter.getRole() == Role.STUDENT ? submitter
                : counterparty != null && counterparty.getRole() == Role.STUDENT ? counterparty : null;
        this.employerRef = employerRef;
        this.state = ItemState.IN_REVIEW;
        this.attributesJson = Json.write(attributes);
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Puts an item whose parties belong to no school into {@code school} (see {@link ReviewEngine#submit}). */
    void belongTo(School school) {
        this.school = school;
        this.college = null;
    }

    /**
     * Starts a submission on a stored snapshot of {@code definition}: its limit groups and record reference, no
     * milestones yet.
     */
    void snapshot(FlowSnapshot stored, FlowDefinition definition, Instant now) {
        this.snapshot = stored;
        this.flow = definition;
        StringBuilder groups = new StringBuilder(",");
        definition.limits().forEach(l -> groups.append(l.group()).append(','));
        this.limitGroups = groups.toString();
        this.recordRef = definition.limits().stream().filter(l -> l.scope() == LimitScope.RECORD)
                .map(l -> attributes().get(l.recordAttribute())).filter(v -> v != null).findFirst().orElse(null);
        this.milestones = null;
        this.submittedAt = now;
    }

    /** The flow this item follows, read from its snapshot by {@code snapshots}. */
    public FlowDefinition flow(FlowSnapshots snapshots) {
        if (flow == null) {
            flow = snapshots.flow(snapshot);
        }
        return flow;
    }

    /** The flow, once {@link #flow(FlowSnapshots)} or {@link #snapshot} has loaded it in this transaction. */
    public FlowDefinition flow() {
        if (flow == null) {
            throw new IllegalStateException("flow of " + getPublicId() + " not loaded");
        }
        return flow;
    }

    FlowSnapshot getSnapshot() {
        return snapshot;
    }

    public Set<Milestone> getMilestones() {
        Set<Milestone> out = EnumSet.noneOf(Milestone.class);
        if (milestones != null) {
            for (String m : milestones.split(",")) {
                if (!m.isEmpty()) {
                    out.add(Milestone.valueOf(m));
                }
            }
        }
        return out;
    }

    /** Records a milestone; false when it was reached before. */
    boolean reach(Milestone m) {
        Set<Milestone> now = getMilestones();
        if (!now.add(m)) {
            return false;
        }
        StringBuilder b = new StringBuilder(",");
        now.forEach(x -> b.append(x.name()).append(','));
        this.milestones = b.toString();
        return true;
    }

    /** Due times of the current step's timers, in the order of its timers; {@code null} where none applies. */
    List<Instant> timerDues() {
        List<Instant> out = new ArrayList<>();
        if (timerDues != null && !timerDues.isEmpty()) {
            for (String t : timerDues.split(",", -1)) {
                out.add(t.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(t)));
            }
        }
        return out;
    }

    UserAccount getGraduate() {
        return graduate;
    }

    String getRecordRef() {
        return recordRef;
    }

    public Map<String, String> attributes() {
        return Json.readMap(attributesJson);
    }

    /** The owning module refreshes the item's data before it is submitted again. */
    public void setAttributes(Map<String, String> attributes) {
        this.attributesJson = Json.write(attributes);
    }

    void waitAt(String stepKey, ActorKind actor, Instant enteredAt, Instant actableFrom, List<Instant> dues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < dues.size(); i++) {
            b.append(i == 0 ? "" : ",").append(dues.get(i) == null ? "" : Long.toString(dues.get(i).toEpochMilli()));
        }
        this.timerDues = b.toString();
        this.state = ItemState.IN_REVIEW;
        this.stepKey = stepKey;
        this.waitingActor = actor;
        this.stepEnteredAt = enteredAt;
        this.actableFrom = actableFrom;
    }

    void end(ItemState state) {
        this.state = state;
        this.stepKey = null;
        this.waitingActor = null;
        this.actableFrom = null;
        this.timerDues = null;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getItemType() {
        return itemType;
    }

    public School getSchool() {
        return school;
    }

    public College getCollege() {
        return college;
    }

    public UserAccount getSubmitter() {
        return submitter;
    }

    public UserAccount getCounterparty() {
        return counterparty;
    }

    public String getEmployerRef() {
        return employerRef;
    }

    public ItemState getState() {
        return state;
    }

    public String getStepKey() {
        return stepKey;
    }

    public ActorKind getWaitingActor() {
        return waitingActor;
    }

    public Instant getStepEnteredAt() {
        return stepEnteredAt;
    }

    public Instant getActableFrom() {
        return actableFrom;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
