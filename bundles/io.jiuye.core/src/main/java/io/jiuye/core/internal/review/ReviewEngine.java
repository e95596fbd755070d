package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.event.DomainEvent;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.time.BusinessTime;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.internal.timer.DueWorkQueue;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review state machine. Given an entity manager inside a transaction, it moves items through their snapshotted
 * flow, writes the trail, schedules step timers and publishes domain events. It knows nothing of plugins: callers
 * hand it the flow.
 */
public final class ReviewEngine {
    static final String TIMER_KIND = "review-step";
    private static final int MAX_REMARK = 500;

    private final Clock clock;
    private final DueWorkQueue timers;
    private final Consumer<DomainEvent> events;

    public ReviewEngine(Clock clock, DueWorkQueue timers, Consumer<DomainEvent> events) {
        this.clock = clock;
        this.timers = timers;
        this.events = events;
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
        checkWindowAndLimits(em, flow, submitter, null);
        item.snapshot(flow, now);
        em.persist(item);
        publish(item, DomainEvent.REVIEW_SUBMITTED, null);
        enter(em, item, 0, now, new Pending(submitter, submitter.getUsername(), submitter.getRole(),
                ReviewAction.SUBMIT, null, null));
        return item;
    }

    /** Performs {@code action} for {@code caller}; {@code actor} is the caller's account (null for the system). */
    public void act(EntityManager em, Principal caller, UserAccount actor, ReviewItem item, ReviewAction action,
            String remark, FlowDefinition liveFlow) {
        if (action.needsReason() && (remark == null || remark.isBlank())) {
            throw new JiuyeException(CoreError.REASON_REQUIRED);
        }
        if (remark != null && remark.length() > MAX_REMARK) {
            throw JiuyeException.invalid("remark", "TOO_LONG", MAX_REMARK);
        }
        Instant now = clock.instant();
        String name = actor != null ? actor.getUsername() : caller.username();
        Role role = caller.role();
        String step = item.getStepKey();
        switch (action) {
            case APPROVE, REJECT, RETURN, EXPIRE -> {
                requireStepActor(caller, item, action, now);
                if (action == ReviewAction.APPROVE) {
                    enter(em, item, indexOf(item.flow(), step) + 1, now,
                            new Pending(actor, name, role, action, step, remark));
                } else {
                    ItemState end = switch (action) {
                        case REJECT -> ItemState.REJECTED;
                        case RETURN -> ItemState.RETURNED;
                        default -> ItemState.EXPIRED;
                    };
                    item.end(end);
                    trail(em, item, actor, name, role, action, step, remark, end, now);
                    publish(item, eventOf(end), step);
                }
            }
            case SUBMIT -> {
                requireSubmitter(caller, item);
                if (item.getState() != ItemState.RETURNED && item.getState() != ItemState.REJECTED
                        && item.getState() != ItemState.WITHDRAWN) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                checkWindowAndLimits(em, liveFlow, item.getSubmitter(), item);
                item.snapshot(liveFlow, now);
                publish(item, DomainEvent.REVIEW_SUBMITTED, null);
                enter(em, item, 0, now, new Pending(actor, name, role, action, null, remark));
            }
            case WITHDRAW -> {
                requireSubmitter(caller, item);
                if (item.getState() != ItemState.IN_REVIEW || !item.flow().withdrawable()) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                item.end(ItemState.WITHDRAWN);
                trail(em, item, actor, name, role, action, step, remark, ItemState.WITHDRAWN, now);
                publish(item, DomainEvent.REVIEW_WITHDRAWN, step);
            }
            case REVOKE -> {
                if (!(caller.is(Role.SCHOOL_ADMIN)
                        && caller.schoolId().equals(item.getSchool().getPublicId()))) {
                    throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
                }
                int last = lastHumanStep(item);
                if (item.getState() != ItemState.APPROVED || !item.flow().revocable() || last < 0) {
                    throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
                }
                StepDefinition s = item.flow().steps().get(last);
                trail(em, item, actor, name, role, action, s.key(), remark, ItemState.IN_REVIEW, now);
                wait(item, s, now);
                publish(item, DomainEvent.REVIEW_REVOKED, s.key());
            }
            default -> throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        item.touch(now);
    }

    /** Fires a due step timer if the item still waits at the step it was scheduled for. */
    public boolean fireTimer(EntityManager em, ReviewItem item, long stamp) {
        if (item.getState() != ItemState.IN_REVIEW || item.getStepEnteredAt() == null
                || item.getStepEnteredAt().toEpochMilli() != stamp) {
            return false;
        }
        StepTimer timer = item.flow().step(item.getStepKey()).timer();
        if (timer == null || timer.mode() == StepTimer.Mode.NOT_BEFORE) {
            return false;
        }
        act(em, Principal.system(), null, item, timer.action(), null, null);
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
        if (item.getState() == ItemState.IN_REVIEW) {
            StepDefinition s = item.flow().step(item.getStepKey());
            if (ActorMatcher.matches(p, s.actor(), item)
                    && (item.getActableFrom() == null || !now.isBefore(item.getActableFrom()))) {
                out.addAll(s.actions());
            }
            if (submitter && item.flow().withdrawable()) {
                out.add(ReviewAction.WITHDRAW);
            }
        } else if (submitter && EnumSet.of(ItemState.RETURNED, ItemState.REJECTED, ItemState.WITHDRAWN)
                .contains(item.getState())) {
            out.add(ReviewAction.SUBMIT);
        } else if (item.getState() == ItemState.APPROVED && item.flow().revocable() && p.is(Role.SCHOOL_ADMIN)
                && p.schoolId().equals(item.getSchool().getPublicId()) && lastHumanStep(item) >= 0) {
            out.add(ReviewAction.REVOKE);
        }
        return out;
    }

    private void requireStepActor(Principal caller, ReviewItem item, ReviewAction action, Instant now) {
        if (item.getState() != ItemState.IN_REVIEW) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        StepDefinition s = item.flow().step(item.getStepKey());
        if (action == ReviewAction.EXPIRE) {
            if (!caller.is(Role.SYSTEM)) {
                throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
            }
            return;
        }
        boolean timerAction = caller.is(Role.SYSTEM) && s.timer() != null && s.timer().action() == action;
        if (!timerAction && !ActorMatcher.matches(caller, s.actor(), item)) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
        }
        if (!timerAction && !s.actions().contains(action)) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        if (item.getActableFrom() != null && now.isBefore(item.getActableFrom())) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YET_ALLOWED, item.getActableFrom());
        }
    }

    private static void requireSubmitter(Principal caller, ReviewItem item) {
        if (caller.userId() == null || !caller.userId().equals(item.getSubmitter().getPublicId())) {
            throw new JiuyeException(CoreError.REVIEW_NOT_YOUR_STEP);
        }
    }

    /** A trail entry whose resulting state is known only once the item has found its next step. */
    private record Pending(UserAccount actor, String name, Role role, ReviewAction action, String step,
            String remark) {
    }

    /**
     * Enters the first applicable step at or after {@code from}; system steps complete at once. The action that
     * led here and the system approvals are written to the trail with the state the item ends up in.
     */
    private void enter(EntityManager em, ReviewItem item, int from, Instant now, Pending cause) {
        List<Pending> entries = new ArrayList<>(List.of(cause));
        List<StepDefinition> steps = item.flow().steps();
        Map<String, String> attributes = item.attributes();
        StepDefinition next = null;
        for (int i = from; i < steps.size() && next == null; i++) {
            StepDefinition s = steps.get(i);
            if (!s.appliesTo(attributes)) {
                continue;
            }
            if (s.actor().kind() == ActorKind.SYSTEM) {
                entries.add(new Pending(null, "system", Role.SYSTEM, ReviewAction.APPROVE, s.key(), null));
            } else {
                next = s;
            }
        }
        if (next != null) {
            wait(item, next, now);
        } else {
            item.end(ItemState.APPROVED);
        }
        for (Pending e : entries) {
            trail(em, item, e.actor(), e.name(), e.role(), e.action(), e.step(), e.remark(), item.getState(), now);
        }
        if (next != null) {
            publish(item, DomainEvent.REVIEW_STEP, next.key());
        } else {
            publish(item, DomainEvent.REVIEW_APPROVED, null);
        }
    }

    private void wait(ReviewItem item, StepDefinition s, Instant now) {
        StepTimer t = s.timer();
        Instant due = t == null ? null : now.plus(t.after());
        if (due != null && t.endOfDay()) {
            due = BusinessTime.endOf(BusinessTime.dateOf(due));
        }
        item.waitAt(s.key(), s.actor().kind(), now, t != null && t.mode() == StepTimer.Mode.NOT_BEFORE ? due : null);
        if (t != null && t.mode() != StepTimer.Mode.NOT_BEFORE) {
            timers.schedule(TIMER_KIND, item.getId(), now.toEpochMilli(), due);
        }
    }

    private static int lastHumanStep(ReviewItem item) {
        List<StepDefinition> steps = item.flow().steps();
        Map<String, String> attributes = item.attributes();
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepDefinition s = steps.get(i);
            if (s.actor().kind() != ActorKind.SYSTEM && s.appliesTo(attributes)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(FlowDefinition flow, String stepKey) {
        for (int i = 0; i < flow.steps().size(); i++) {
            if (flow.steps().get(i).key().equals(stepKey)) {
                return i;
            }
        }
        throw new IllegalStateException("step " + stepKey + " not in flow");
    }

    private void checkWindowAndLimits(EntityManager em, FlowDefinition flow, UserAccount submitter, ReviewItem self) {
        if (flow.window() != null && !flow.window().isOpen(BusinessTime.today(clock))) {
            throw new JiuyeException(CoreError.REVIEW_OUTSIDE_WINDOW);
        }
        for (FlowLimit limit : flow.limits()) {
            Set<ItemState> counted = EnumSet.of(ItemState.IN_REVIEW);
            counted.addAll(limit.counted());
            Long n = em.createQuery("SELECT COUNT(i) FROM ReviewItem i WHERE i.submitter = :s"
                    + " AND i.limitGroups LIKE :g AND i.state IN :states AND i.id <> :self", Long.class)
                    .setParameter("s", submitter).setParameter("g", "%," + limit.group() + ",%")
                    .setParameter("states", counted).setParameter("self", self == null ? -1L : self.getId())
                    .getSingleResult();
            if (n >= limit.max()) {
                throw new JiuyeException(CoreError.REVIEW_LIMIT_REACHED);
            }
        }
    }

    private void trail(EntityManager em, ReviewItem item, UserAccount actor, String name, Role role,
            ReviewAction action, String step, String remark, ItemState resulting, Instant at) {
        Integer max = em.createQuery("SELECT MAX(t.seq) FROM TrailEntry t WHERE t.item = :i", Integer.class)
                .setParameter("i", item).getSingleResult();
        em.persist(new TrailEntry(item, max == null ? 1 : max + 1, actor, name, role, action, step, resulting,
                remark == null || remark.isBlank() ? null : remark.strip(), at));
    }

    private void publish(ReviewItem item, String type, String step) {
        Map<String, String> data = new HashMap<>();
        if (step != null) {
            data.put("stepKey", step);
        }
        events.accept(new DomainEvent(type, item.getSchool().getPublicId(), item.getSubmitter().getPublicId(),
                item.getPublicId(), item.getItemType(), data, clock.instant()));
    }

    private static String eventOf(ItemState state) {
        return switch (state) {
            case REJECTED -> DomainEvent.REVIEW_REJECTED;
            case RETURNED -> DomainEvent.REVIEW_RETURNED;
            case EXPIRED -> DomainEvent.REVIEW_EXPIRED;
            default -> DomainEvent.REVIEW_APPROVED;
        };
    }
}
