package io.jiuye.api.flow;

import java.time.Duration;
import java.util.Objects;

/**
 * Time attached to a step, counted from when the item reached it.
 *
 * <ul>
 * <li>{@link Mode#AUTO}: when the time is up the system performs {@code action} (auto-confirm 7 days after the
 * employer's confirmation, R-SIGN-9);</li>
 * <li>{@link Mode#NOT_BEFORE}: the step's actor may act only once the time is up (24-hour consideration period
 * before accepting, R-SIGN-11);</li>
 * <li>{@link Mode#EXPIRE}: when the time is up the item expires (invitation validity, R-SIGN-4).</li>
 * </ul>
 * With {@code endOfDay} the due time is rounded up to 24:00 of its day in Asia/Shanghai.
 */
public record StepTimer(Mode mode, Duration after, ReviewAction action, boolean endOfDay) {

    public enum Mode { AUTO, NOT_BEFORE, EXPIRE }

    public StepTimer {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(after, "after");
        if (after.isNegative()) {
            throw new IllegalArgumentException("negative timer");
        }
        if (mode == Mode.AUTO && (action == null || action == ReviewAction.SUBMIT)) {
            throw new IllegalArgumentException("an automatic timer names the action it performs");
        }
        if (mode == Mode.EXPIRE) {
            action = ReviewAction.EXPIRE;
        }
    }

    public static StepTimer auto(Duration after, ReviewAction action) {
        return new StepTimer(Mode.AUTO, after, action, false);
    }

    public static StepTimer notBefore(Duration after) {
        return new StepTimer(Mode.NOT_BEFORE, after, null, false);
    }

    public static StepTimer expireAfterDays(int days) {
        return new StepTimer(Mode.EXPIRE, Duration.ofDays(days), ReviewAction.EXPIRE, true);
    }
}
