package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.event.DomainEvent;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.Amendment;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.MilestoneDefinition;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.flow.TimerDuration;
import io.jiuye.api.review.ActionRequest;
import io.jiuye.api.time.BusinessTime;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.internal.event.DomainEvents;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.internal.timer.DueWorkQueue;
import jakarta.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review state machine. Given an entity manager inside a transaction, it moves items through their snapshotted
 * flow: steps and their conditions, where rejections and returns lead, take-back and amendment, reasons per step,
 * step values, several timers per step, milestones, limits under a lock, and fail-closed flows. It writes the trail,
 * schedules timers and publishes domain events. It knows nothing of plugins: callers hand it the flow. One engine
 * serves the review service (plugin item types) and the module seam (module item types), so both share its flow
 * snapshot cache and its lookup of school settings that timers take their durations from.
 */
@Component(service = ReviewEngine.class)
public final class ReviewEngine {
    static final String TIMER_KIND = "review-step";
    private static final int MAX_REMARK = 500;

    /** A school's value of a plugin setting, {@code null} when there is none. */
    @FunctionalInterface
    public interface SettingLookup {
        String value(String schoolId, String pluginId, String key);
    }

    /** How an action ended. */
    public enum Outcome {
        /** The action was performed. */
        DONE,
        /** The step had expired: the item was expired instead and the caller must be told (REVIEW_DEADLINE_PASSED). */
        DEADLINE_PASSED
    }

    private final Clock clock;
    private final DueWorkQueue timers;
    private final Consumer<DomainEvent> events;
    private final FlowSnapshots snapshots;
    private final SettingLookup settings;
    private final ReviewLimits limits = new ReviewLimits();

    /** The engine of the running platform: settings come from the schools' plugin settings. */
    @Activate
    public ReviewEngine(@Reference Clock clock, @Reference DueWorkQueue timers, @Reference DomainEvents events,
            @Reference SchoolPlugins schoolPlugins) {
        this(clock, timers, events::publish, new FlowSnapshots(), pluginSettings(schoolPlugins));
    }

    /**
     * A school's value of a plugin setting for a timer, {@code null} when unknown. Module item types (plugin id
     * {@value ReviewItemHandler#CORE_PLUGIN}) have no settings.
     */
    static SettingLookup pluginSettings(SchoolPlugins schoolPlugins) {
        return (schoolId, pluginId, key) -> {
            if (ReviewItemHandler.CORE_PLUGIN.equals(pluginId)) {
                return null;
            }
            try {
                return schoolPlugins.settings(Principal.system(), schoolId, pluginId).stream()
                        .filter(v -> v.definition().key().equals(key)).map(SchoolSetting::value).findFirst()
                        .orElse(null);
            } catch (JiuyeException absent) {
                return null;
            }
        };
    }

    public ReviewEngine(Clock clock, DueWorkQueue timers, Consumer<DomainEvent> events, FlowSnapshots snapshots,
            SettingLookup settings) {
        this.clock = clock;
        this.timers = timers;
        this.events = events;
        this.snapshots = snapshots;
        this.settings = settings;
    }

    /** The flow snapshots this engine stores and reads. */
    FlowSnapshots snapshots() {
        return snapshots;
    }

    /** The item's flow (loaded from its stored snapshot). */
    public FlowDefinition flowOf(ReviewItem item) {
        return item.flow(snapshots);
    }

    /** Submits a new item on {@code flow}: window and limits are checked, then it enters its first step. */
    public ReviewItem submit(EntityManager em, UserAccount submitter, String type, FlowDefinition flow,
            Map<String, String> attributes, UserAccount counterparty, String employerRef) {
        return submit(em, submitter, type, flow, attributes, counterparty, employerRef, null);
    }

    /**
     * Submits a new item that belongs to {@code school} although neither party belongs to one (an employer's
     * qualification, reviewed by the school it chose); {@code null} takes the submitter's or the counterparty's.
     */
    public ReviewItem submit(EntityManager em, UserAccount submitter, String type, FlowDefinition flow,
            Map<String, String> attributes, UserAccount counterparty, String employerRef, School school) {
        Instant now = clock.instant();
        ReviewItem item = new ReviewItem(type, submitter, counterparty, employerRef, attributes, now);
        if (school != null) {
            item.belongTo(school);
        }
        item.snapshot(snapshots.intern(em, flow, now), flow, now);
        limits.check(em, clock, flow, item);
        em.persist(item);
        publish(item, DomainEvent.REVIEW_SUBMITTED, null, Map.of());
        start(em, item, now, new Pending(submitter, submitter.getUsername(), submitter.getRole(), ReviewAction.SUBMIT,
                null, null, Map.of()));
        return item;
    }

    /** Performs {@code action} without values (see {@link #act(EntityManager, Principal, UserAccount, ReviewItem, ActionRequest, FlowDefinition, Map)}). */
    public void act(EntityManager em, Principal caller, UserAccount actor, ReviewItem item, ReviewAction action,
            String remark, FlowDefinition liveFlow) {
        Outcome o = act(em, caller, actor, item, new ActionRequest(action, item.getVersion(), remark, Map.of()),
                liveFlow, null);
        if (o == Outcome.DEADLINE_PASSED) {
            throw new JiuyeException(CoreError.REVIEW_DEADLINE_PASSED);
        }
    }

    /**
     * Performs an action for {@code caller}; {@code actor} is the caller's account (null for the system).
     *
     * @param liveFlow  the flow live now, taken by a new submission (SUBMIT again)
     * @param newValues the item's new checked values for SUBMIT again or AMEND, {@code null} to keep them
     */
    public Outcome act(EntityManager em, Principal caller, UserAccount actor, ReviewItem item, ActionRequest request,
            FlowDefinition liveFlow, Map<String, String> newValues) {
        ReviewAction action = request.action();
        String remark = request.remark();
        if (remark != null && remark.length() > MAX_REMARK) {
            throw JiuyeException.invalid("remark", "TOO_LONG", MAX_REMARK);
        }
        Instant now = clock.instant();
        FlowDefinition flow = flowOf(item);
        if (!caller.is(Role.SYSTEM) && item.getState() == ItemState.IN_REVIEW && expiredAt(item, flow, now)) {
            expire(em, item, flow, now);
            return Outcome.DEADLINE_PASSED;
        }
        String name = actor != null ? actor.getUsername() : caller.username();
        Role role = caller.role();
        String step = item.getStepKey();
        switch (action) {
            case APPROVE, REJECT, RETURN, EXPIRE -> {
                StepDefinition s = requireStepActor(caller, item, flow, action, now);
                requireReason(s, action, caller, remark);
                Map<String, String> values = action == ReviewAction.EXPIRE ? Map.of()
                        : FieldValues.check(s.fields(), request.values(), item.attributes(), Set.of(),
                                action == ReviewAction.APPROVE);
                if (!values.isEmpty()) {
                    Map<String, String> merged = new LinkedHashMap<>(item.attributes());
                    merged.putAll(values);
                    item.setAttributes(merged);
                }
                Pending cause = new Pending(actor, name, role, action, step, remark, values);
                if (action == ReviewAction.APPROVE) {
                    enter(em, item, flow, flow.indexOf(step) + 1, now, cause);
                } else if (s.leadsTo().containsKey(action)) {
                    StepDefinition target = flow.step(s.leadsTo().get(action));
                    waitAt(item, flow, target, now);
                    trail(em, item, cause, ItemState.IN_REVIEW, now);
                    publish(item, eventOf(action), step, Map.of("target", target.key()));
                    publish(item, DomainEvent.REVIEW_STEP, target.key(), Map.of());
                } else {
                    ItemState end = switch (action) {
                        case REJECT -> ItemState.REJECTED;
                        case RETURN -> ItemState.RETURNED;
                        default -> ItemState.EXPIRED;
                    };
                    item.end(end);
                    trail(em, item, cause, end, now);
                    publish(item, eventOf(action), step, Map.of());
                }
            }
            case TAKE_BACK -> {
                StepDefinition previous = takeBackTarget(caller, item, flow)
                        .orElseThrow(() -> new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED));
                waitAt(item, flow, previous, now);
                trail(em, item, new Pending(actor, name, role, action, previous.key(), remark, Map.of()),
                        ItemState.IN_REVIEW, now);
                publish(item, DomainEvent.REVIEW_TAKEN_BACK, previous.key(), Map.of("from", step));
                publish(item, DomainEvent.REVIEW_STEP, previous.key(), Map.of());
            }
            case AMEND -> {
                Amendment a = amendment(caller, item, flow)
                        .orElseThrow(() -> new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED));
                if (newValues != null) {
                    item.setAttributes(newValues);
                }
                StepDefinition target = flow.step(a.backTo());
                waitAt(item, flow, target, now);
                trail(em, item, new Pending(actor, name, role, action, step, remark, Map.of()), ItemState.IN_REVIEW,
                        now);
                publish(item, DomainEvent.REVIEW_AMENDED, target.key(), Map.of("from", step));
                publish(item, DomainEvent.REVIEW_STEP, target.key(), Map.of());
            }
            case SUBMIT -> {
                requireSubmitter(caller, item);
                if (item.getState() != ItemState.RETURNED && item.getState() != ItemState.REJECTED
                        && item.getState() != ItemState.WITHDRAWN) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                if (newValues != null) {
                    item.setAttributes(newValues);
                }
                item.snapshot(snapshots.intern(em, liveFlow, now), liveFlow, now);
                limits.check(em, clock, liveFlow, item);
                publish(item, DomainEvent.REVIEW_SUBMITTED, null, Map.of());
                start(em, item, now, new Pending(actor, name, role, action, null, remark, Map.of()));
            }
            case WITHDRAW -> {
                requireSubmitter(caller, item);
                if (item.getState() != ItemState.IN_REVIEW || !flow.withdrawable()) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                item.end(ItemState.WITHDRAWN);
                trail(em, item, new Pending(actor, name, role, action, step, remark, Map.of()), ItemState.WITHDRAWN,
                        now);
                publish(item, DomainEvent.REVIEW_WITHDRAWN, step, Map.of());
            }
            case REVOKE -> {
                if (!(caller.is(Role.SCHOOL_ADMIN)
                        && caller.schoolId().equals(item.getSchool().getPublicId()))) {
                    throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
                }
                if (remark == null || remark.isBlank()) {
                    throw new JiuyeException(CoreError.REASON_REQUIRED);
                }
                int last = lastHumanStep(item, flow);
                if (item.getState() != ItemState.APPROVED || !flow.revocable() || last < 0) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                StepDefinition s = flow.steps().get(last);
                trail(em, item, new Pending(actor, name, role, action, s.key(), remark, Map.of()),
                        ItemState.IN_REVIEW, now);
                waitAt(item, flow, s, now);
                publish(item, DomainEvent.REVIEW_REVOKED, s.key(), Map.of());
            }
            default -> throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        item.touch(now);
        return Outcome.DONE;
    }

    /**
     * Fires the due timers of the step the item waits at, if it still waits where it was scheduled: the earliest
     * due automatic or expiry timer acts as the system. Returns whether the item moved.
     */
    public boolean fireTimer(EntityManager em, ReviewItem item, long stamp) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepEnteredAt() == null
                || item.getStepEnteredAt().toEpochMilli() != stamp) {
            return false;
        }
        FlowDefinition flow = flowOf(item);
        Optional<StepTimer> due = dueTimer(item, flow, clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        act(em, Principal.system(), null, item, new ActionRequest(due.get().action(), item.getVersion(), null,
                Map.of()), null, null);
        return true;
    }

    /** The actions {@code p} may take on the item now. */
    public Set<ReviewAction> allowed(Principal p, ReviewItem item) {
        Set<ReviewAction> out = EnumSet.noneOf(ReviewAction.class);
        boolean submitter = p.userId() != null && p.userId().equals(item.getSubmitter().getPublicId());
        Instant now = clock.instant();
        if (item.getState() == ItemState.IN_REVIEW && item.getStepKey() == null) {
            return out; // between submission and its first step (seen by review.submitted listeners)
        }
        FlowDefinition flow = flowOf(item);
        if (item.getState() == ItemState.IN_REVIEW) {
            if (expiredAt(item, flow, now)) {
                return out;
            }
            StepDefinition s = flow.step(item.getStepKey());
            if (ActorMatcher.matches(p, s.actor(), item)) {
                s.actions().stream().filter(a -> !blockedUntil(item, s, a).filter(now::isBefore).isPresent())
                        .forEach(out::add);
            }
            if (submitter && flow.withdrawable()) {
                out.add(ReviewAction.WITHDRAW);
            }
            if (takeBackTarget(p, item, flow).isPresent()) {
                out.add(ReviewAction.TAKE_BACK);
            }
            if (amendment(p, item, flow).isPresent()) {
                out.add(ReviewAction.AMEND);
            }
        } else if (submitter && EnumSet.of(ItemState.RETURNED, ItemState.REJECTED, ItemState.WITHDRAWN)
                .contains(item.getState())) {
            out.add(ReviewAction.SUBMIT);
        } else if (item.getState() == ItemState.APPROVED && flow.revocable() && p.is(Role.SCHOOL_ADMIN)
                && p.schoolId().equals(item.getSchool().getPublicId()) && lastHumanStep(item, flow) >= 0) {
            out.add(ReviewAction.REVOKE);
        }
        return out;
    }

    /** When the current step expires, or {@code null}. */
    public Instant deadline(ReviewItem item) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepKey() == null) {
            return null;
        }
        StepDefinition s = flowOf(item).step(item.getStepKey());
        List<Instant> dues = item.timerDues();
        Instant out = null;
        for (int i = 0; i < s.timers().size() && i < dues.size(); i++) {
            if (s.timers().get(i).mode() == StepTimer.Mode.EXPIRE && dues.get(i) != null
                    && (out == null || dues.get(i).isBefore(out))) {
                out = dues.get(i);
            }
        }
        return out;
    }

    private boolean expiredAt(ReviewItem item, FlowDefinition flow, Instant now) {
        Instant d = deadline(item);
        return d != null && !now.isBefore(d);
    }

    private void expire(EntityManager em, ReviewItem item, FlowDefinition flow, Instant now) {
        String step = item.getStepKey();
        item.end(ItemState.EXPIRED);
        trail(em, item, new Pending(null, "system", Role.SYSTEM, ReviewAction.EXPIRE, step, null, Map.of()),
                ItemState.EXPIRED, now);
        publish(item, DomainEvent.REVIEW_EXPIRED, step, Map.of());
        item.touch(now);
    }

    private Optional<StepTimer> dueTimer(ReviewItem item, FlowDefinition flow, Instant now) {
        StepDefinition s = flow.step(item.getStepKey());
        List<Instant> dues = item.timerDues();
        StepTimer best = null;
        Instant bestDue = null;
        for (int i = 0; i < s.timers().size() && i < dues.size(); i++) {
            StepTimer t = s.timers().get(i);
            Instant due = dues.get(i);
            if (t.mode() != StepTimer.Mode.NOT_BEFORE && due != null && !now.isBefore(due)
                    && (bestDue == null || due.isBefore(bestDue))) {
                best = t;
                bestDue = due;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The latest time a running not-before timer of the step keeps {@code a} from being taken. */
    private static Optional<Instant> blockedUntil(ReviewItem item, StepDefinition s, ReviewAction a) {
        List<Instant> dues = item.timerDues();
        Instant until = null;
        for (int i = 0; i < s.timers().size() && i < dues.size(); i++) {
            if (s.timers().get(i).blocks(a) && dues.get(i) != null && (until == null || dues.get(i).isAfter(until))) {
                until = dues.get(i);
            }
        }
        return Optional.ofNullable(until);
    }

    private StepDefinition requireStepActor(Principal caller, ReviewItem item, FlowDefinition flow,
            ReviewAction action, Instant now) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepKey() == null) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        StepDefinition s = flow.step(item.getStepKey());
        if (caller.is(Role.SYSTEM)) {
            // the system performs what a step's timer names, even when the step does not list it
            boolean timerAction = s.timers().stream().anyMatch(t -> t.action() == action)
                    || s.actor().kind() == ActorKind.SYSTEM;
            if (!timerAction) {
                throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
            }
            return s;
        }
        if (action == ReviewAction.EXPIRE) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        if (!ActorMatcher.matches(caller, s.actor(), item)) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
        }
        if (!s.actions().contains(action)) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        Optional<Instant> blocked = blockedUntil(item, s, action).filter(now::isBefore);
        if (blocked.isPresent()) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YET_ALLOWED, blocked.get());
        }
        return s;
    }

    /** A person's REJECT and RETURN, and whatever else the step names, need a reason; the system's timers never do. */
    private static void requireReason(StepDefinition s, ReviewAction action, Principal caller, String remark) {
        if (!caller.is(Role.SYSTEM) && s.needsReason(action) && (remark == null || remark.isBlank())) {
            throw new JiuyeException(CoreError.REASON_REQUIRED);
        }
    }

    private static void requireSubmitter(Principal caller, ReviewItem item) {
        if (caller.userId() == null || !caller.userId().equals(item.getSubmitter().getPublicId())) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
        }
    }

    /** The previous human step, if the item waits at a step allowing take-back and {@code p} acted there. */
    private static Optional<StepDefinition> takeBackTarget(Principal p, ReviewItem item, FlowDefinition flow) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepKey() == null) {
            return Optional.empty();
        }
        int at = flow.indexOf(item.getStepKey());
        if (!flow.steps().get(at).takeBack()) {
            return Optional.empty();
        }
        Map<String, String> attributes = item.attributes();
        for (int i = at - 1; i >= 0; i--) {
            StepDefinition s = flow.steps().get(i);
            if (s.actor().kind() != ActorKind.SYSTEM && s.appliesTo(attributes)) {
                return ActorMatcher.matches(p, s.actor(), item) ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Amendment> amendment(Principal p, ReviewItem item, FlowDefinition flow) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepKey() == null) {
            return Optional.empty();
        }
        return flow.amendments().stream()
                .filter(a -> a.whileAt().contains(item.getStepKey()) && ActorMatcher.matches(p, a.by(), item))
                .findFirst();
    }

    /** A trail entry whose resulting state is known only once the item has found its next step. */
    private record Pending(UserAccount actor, String name, Role role, ReviewAction action, String step,
            String remark, Map<String, String> values) {
    }

    /** A new submission: milestones reached on submission, then the first step; refused when no step applies. */
    private void start(EntityManager em, ReviewItem item, Instant now, Pending cause) {
        FlowDefinition flow = flowOf(item);
        Map<String, String> attributes = item.attributes();
        if (!flow.mayPassUnreviewed() && flow.steps().stream().noneMatch(s -> s.appliesTo(attributes))) {
            throw new JiuyeException(CoreError.REVIEW_FLOW_UNREVIEWED);
        }
        for (MilestoneDefinition m : flow.milestones()) {
            if (m.step() == null) {
                reach(item, m.milestone(), null);
            }
        }
        enter(em, item, flow, 0, now, cause);
    }

    /**
     * Enters the first applicable step at or after {@code from}; system steps complete at once. The action that
     * led here and the system approvals are written to the trail with the state the item ends up in; milestones of
     * the steps passed are reached.
     */
    private void enter(EntityManager em, ReviewItem item, FlowDefinition flow, int from, Instant now,
            Pending cause) {
        List<Pending> entries = new ArrayList<>(List.of(cause));
        List<StepDefinition> steps = flow.steps();
        Map<String, String> attributes = item.attributes();
        StepDefinition next = null;
        int i = from;
        for (; i < steps.size() && next == null; i++) {
            StepDefinition s = steps.get(i);
            if (!s.appliesTo(attributes)) {
                continue;
            }
            if (s.actor().kind() == ActorKind.SYSTEM) {
                entries.add(new Pending(null, "system", Role.SYSTEM, ReviewAction.APPROVE, s.key(), null, Map.of()));
            } else {
                next = s;
            }
        }
        int passedBefore = next == null ? steps.size() : i - 1;
        if (next != null) {
            waitAt(item, flow, next, now);
        } else {
            item.end(ItemState.APPROVED);
        }
        for (Pending e : entries) {
            trail(em, item, e, item.getState(), now);
        }
        for (MilestoneDefinition m : flow.milestones()) {
            if (m.step() != null && flow.indexOf(m.step()) < passedBefore) {
                reach(item, m.milestone(), m.step());
            }
        }
        if (next != null) {
            publish(item, DomainEvent.REVIEW_STEP, next.key(), Map.of());
        } else {
            publish(item, DomainEvent.REVIEW_APPROVED, null, Map.of());
        }
    }

    private void reach(ReviewItem item, Milestone m, String step) {
        if (item.reach(m)) {
            publish(item, DomainEvent.REVIEW_MILESTONE, step, Map.of("milestone", m.name()));
        }
    }

    /** Waits at {@code s}: due times of its timers (from settings or item values where the flow says so), scheduled. */
    private void waitAt(ReviewItem item, FlowDefinition flow, StepDefinition s, Instant now) {
        List<Instant> dues = new ArrayList<>();
        Instant actableFrom = null;
        for (StepTimer t : s.timers()) {
            Instant due = now.plus(length(item, t));
            if (t.endOfDay()) {
                due = BusinessTime.endOf(BusinessTime.dateOf(due));
            }
            dues.add(due);
            if (t.mode() == StepTimer.Mode.NOT_BEFORE && (actableFrom == null || due.isAfter(actableFrom))) {
                actableFrom = due;
            }
        }
        item.waitAt(s.key(), s.actor().kind(), now, actableFrom, dues);
        for (int i = 0; i < s.timers().size(); i++) {
            if (s.timers().get(i).mode() != StepTimer.Mode.NOT_BEFORE) {
                timers.schedule(TIMER_KIND, item.getId(), now.toEpochMilli(), dues.get(i));
            }
        }
    }

    /** A timer's length: the setting or item value it names, clamped to its bounds, else its fixed length. */
    private Duration length(ReviewItem item, StepTimer t) {
        TimerDuration d = t.duration();
        if (d == null) {
            return t.after();
        }
        String raw = switch (d.source()) {
            case ATTRIBUTE -> item.attributes().get(d.key());
            case SETTING -> settings.value(item.getSchool().getPublicId(), pluginOf(item), d.key());
        };
        long n;
        try {
            n = Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            return t.after();
        }
        n = Math.max(d.min(), Math.min(d.max(), n));
        return Duration.of(n, d.unit());
    }

    private static String pluginOf(ReviewItem item) {
        String type = item.getItemType();
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(0, colon);
    }

    private static int lastHumanStep(ReviewItem item, FlowDefinition flow) {
        List<StepDefinition> steps = flow.steps();
        Map<String, String> attributes = item.attributes();
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepDefinition s = steps.get(i);
            if (s.actor().kind() != ActorKind.SYSTEM && s.appliesTo(attributes)) {
                return i;
            }
        }
        return -1;
    }

    private void trail(EntityManager em, ReviewItem item, Pending e, ItemState resulting, Instant at) {
        Integer max = em.createQuery("SELECT MAX(t.seq) FROM TrailEntry t WHERE t.item = :i", Integer.class)
                .setParameter("i", item).getSingleResult();
        String remark = e.remark() == null || e.remark().isBlank() ? null : e.remark().strip();
        em.persist(new TrailEntry(item, max == null ? 1 : max + 1, e.actor(), e.name(), e.role(), e.action(),
                e.step(), resulting, remark, e.values(), at));
    }

    private void publish(ReviewItem item, String type, String step, Map<String, String> extra) {
        Map<String, String> data = new HashMap<>(extra);
        if (step != null) {
            data.put("stepKey", step);
        }
        events.accept(new DomainEvent(type, item.getSchool().getPublicId(), item.getSubmitter().getPublicId(),
                item.getPublicId(), item.getItemType(), data, clock.instant()));
    }

    private static String eventOf(ReviewAction action) {
        return switch (action) {
            case REJECT -> DomainEvent.REVIEW_REJECTED;
            case RETURN -> DomainEvent.REVIEW_RETURNED;
            case EXPIRE -> DomainEvent.REVIEW_EXPIRED;
            default -> DomainEvent.REVIEW_APPROVED;
        };
    }
}
