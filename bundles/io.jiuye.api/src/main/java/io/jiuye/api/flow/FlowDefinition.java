package io.jiuye.api.flow;

import java.util.List;
import java.util.Objects;

/**
 * A review flow: its steps in order, the limits on how often it may be used, the time window in which it may be
 * started, and whether the submitter may withdraw it (a termination application cannot be withdrawn, R-TERM-2) and
 * a school admin revoke an approval (R-TERM-6). The engine snapshots the flow into each item when it is submitted.
 */
public record FlowDefinition(List<StepDefinition> steps, List<FlowLimit> limits, TimeWindow window,
        boolean withdrawable, boolean revocable) {
    public FlowDefinition {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a flow has at least one step");
        }
        if (steps.stream().map(StepDefinition::key).distinct().count() != steps.size()) {
            throw new IllegalArgumentException("step keys must be unique");
        }
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    public static FlowDefinition of(StepDefinition... steps) {
        return new FlowDefinition(List.of(steps), List.of(), null, true, true);
    }

    public FlowDefinition withLimits(FlowLimit... l) {
        return new FlowDefinition(steps, List.of(l), window, withdrawable, revocable);
    }

    public FlowDefinition withWindow(TimeWindow w) {
        return new FlowDefinition(steps, limits, w, withdrawable, revocable);
    }

    public FlowDefinition notWithdrawable() {
        return new FlowDefinition(steps, limits, window, false, revocable);
    }

    public StepDefinition step(String key) {
        return steps.stream().filter(s -> Objects.equals(s.key(), key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + key));
    }
}
