package io.jiuye.api.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A review flow: its steps in order, the limits on how often it may be used, the time window in which it may be
 * started, whether the submitter may withdraw it (a termination application cannot be withdrawn, R-TERM-2) and a
 * school admin revoke an approval (R-TERM-6), where its {@link Milestone}s are reached, who may amend it, and
 * whether it may end approved without anybody reviewing it. The engine stores one snapshot per distinct flow and
 * each item keeps the one it was submitted on.
 *
 * @param milestones         where the record becomes signed, effective, printable, filed
 * @param amendments         who may change the item's values at which steps, and where it goes then
 * @param mayPassUnreviewed  fail closed: unless this is set, an item for which no step applies (every step skipped
 *                           by its conditions) is refused at submission instead of being approved
 */
public record FlowDefinition(List<StepDefinition> steps, List<FlowLimit> limits, TimeWindow window,
        boolean withdrawable, boolean revocable, List<MilestoneDefinition> milestones, List<Amendment> amendments,
        boolean mayPassUnreviewed) {
    public FlowDefinition {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a flow has at least one step");
        }
        Set<String> keys = new HashSet<>();
        steps.forEach(s -> keys.add(s.key()));
        if (keys.size() != steps.size()) {
            throw new IllegalArgumentException("step keys must be unique");
        }
        limits = limits == null ? List.of() : List.copyOf(limits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        for (StepDefinition s : steps) {
            s.leadsTo().values().forEach(target -> requireStep(keys, target, "step " + s.key() + " leads to"));
        }
        for (MilestoneDefinition m : milestones) {
            if (m.step() != null) {
                requireStep(keys, m.step(), "milestone " + m.milestone());
            }
        }
        if (milestones.stream().map(MilestoneDefinition::milestone).distinct().count() != milestones.size()) {
            throw new IllegalArgumentException("a milestone is reached at one place");
        }
        for (Amendment a : amendments) {
            requireStep(keys, a.backTo(), "amendment");
            a.whileAt().forEach(k -> requireStep(keys, k, "amendment"));
        }
    }

    private static void requireStep(Set<String> keys, String key, String what) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException(what + " names no step of the flow: " + key);
        }
    }

    /** Withdrawable, revocable, no limits, window, milestones or amendments. */
    public static FlowDefinition of(StepDefinition... steps) {
        return builder().steps(steps).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public FlowDefinition withLimits(FlowLimit... l) {
        return toBuilder().limits(l).build();
    }

    public FlowDefinition withWindow(TimeWindow w) {
        return toBuilder().window(w).build();
    }

    public FlowDefinition notWithdrawable() {
        return toBuilder().notWithdrawable().build();
    }

    public StepDefinition step(String key) {
        return steps.stream().filter(s -> Objects.equals(s.key(), key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + key));
    }

    /** The position of a step, -1 when absent. */
    public int indexOf(String key) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.steps = new ArrayList<>(steps);
        b.limits = new ArrayList<>(limits);
        b.window = window;
        b.withdrawable = withdrawable;
        b.revocable = revocable;
        b.milestones = new ArrayList<>(milestones);
        b.amendments = new ArrayList<>(amendments);
        b.mayPassUnreviewed = mayPassUnreviewed;
        return b;
    }

    /** Builds a {@link FlowDefinition}: withdrawable and revocable unless told otherwise. */
    public static final class Builder {
        private List<StepDefinition> steps = new ArrayList<>();
        private List<FlowLimit> limits = new ArrayList<>();
        private TimeWindow window;
        private boolean withdrawable = true;
        private boolean revocable = true;
        private List<MilestoneDefinition> milestones = new ArrayList<>();
        private List<Amendment> amendments = new ArrayList<>();
        private boolean mayPassUnreviewed;

        private Builder() {
        }

        public Builder step(StepDefinition s) {
            steps.add(s);
            return this;
        }

        public Builder steps(StepDefinition... s) {
            steps.addAll(List.of(s));
            return this;
        }

        public Builder limits(FlowLimit... l) {
            this.limits = new ArrayList<>(List.of(l));
            return this;
        }

        public Builder limit(FlowLimit l) {
            limits.add(l);
            return this;
        }

        public Builder window(TimeWindow w) {
            this.window = w;
            return this;
        }

        public Builder notWithdrawable() {
            this.withdrawable = false;
            return this;
        }

        public Builder notRevocable() {
            this.revocable = false;
            return this;
        }

        /** {@code milestone} is reached on submission. */
        public Builder milestoneOnSubmit(Milestone milestone) {
            milestones.add(MilestoneDefinition.onSubmit(milestone));
            return this;
        }

        /** {@code milestone} is reached when the item moves on past {@code step}. */
        public Builder milestoneAfter(String step, Milestone milestone) {
            milestones.add(MilestoneDefinition.after(step, milestone));
            return this;
        }

        public Builder amendment(Amendment a) {
            amendments.add(a);
            return this;
        }

        /** The flow may end approved with no step applying (every step skipped): say so, or the engine refuses. */
        public Builder mayPassUnreviewed() {
            this.mayPassUnreviewed = true;
            return this;
        }

        public FlowDefinition build() {
            return new FlowDefinition(steps, limits, window, withdrawable, revocable, milestones, amendments,
                    mayPassUnreviewed);
        }
    }
}
