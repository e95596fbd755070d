package io.jiuye.api.flow;

import java.util.Objects;

/**
 * Where in a flow a {@link Milestone} is reached: on submission ({@code step == null}, Shandong's out-of-province
 * agreement is effective when submitted), or when the item moves on past {@code step} (it was approved there, or
 * skipped because its conditions did not hold). Milestones of an item are never taken back by a later return or
 * rejection inside the same submission; a fresh submission starts without any.
 */
public record MilestoneDefinition(Milestone milestone, String step) {
    public MilestoneDefinition {
        Objects.requireNonNull(milestone, "milestone");
    }

    public static MilestoneDefinition onSubmit(Milestone milestone) {
        return new MilestoneDefinition(milestone, null);
    }

    public static MilestoneDefinition after(String step, Milestone milestone) {
        return new MilestoneDefinition(milestone, Objects.requireNonNull(step, "step"));
    }
}
