package io.jiuye.api.flow;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a {@link StepTimer} takes its length from when the item reaches the step, instead of the fixed
 * {@link StepTimer#after()}: a school's setting of the flow's plugin (CQU's consideration hours) or a value on the
 * item (the validity the employer chose, R-SIGN-3), counted in {@code unit} and clamped to {@code [min, max]}. A
 * missing or unreadable value falls back to the fixed length.
 */
public record TimerDuration(Source source, String key, ChronoUnit unit, long min, long max) {

    public enum Source {
        /** A {@code SettingDefinition} of the plugin that contributes the flow, as the item's school set it. */
        SETTING,
        /** An attribute of the item. */
        ATTRIBUTE
    }

    public TimerDuration {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max");
        }
    }
}
