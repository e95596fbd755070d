package io.jiuye.core.internal.review;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.internal.persistence.Json;
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
import java.util.Map;

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
    @Lob
    @Column(name = "flow_snapshot")
    private String flowSnapshot;
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

    /** Starts a submission: a fresh snapshot of the flow and its limit groups. */
    void snapshot(FlowDefinition definition, Instant now) {
        this.flow = definition;
        this.flowSnapshot = Json.write(definition);
        StringBuilder groups = new StringBuilder(",");
        definition.limits().forEach(l -> groups.append(l.group()).append(','));
        this.limitGroups = groups.toString();
        this.submittedAt = now;
    }

    public FlowDefinition flow() {
        if (flow == null) {
            flow = Json.read(flowSnapshot, FlowDefinition.class);
        }
        return flow;
    }

    public Map<String, String> attributes() {
        return Json.readMap(attributesJson);
    }

    /** The owning module refreshes the item's data before it is submitted again. */
    public void setAttributes(Map<String, String> attributes) {
        this.attributesJson = Json.write(attributes);
    }

    void waitAt(String stepKey, ActorKind actor, Instant enteredAt, Instant actableFrom) {
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
