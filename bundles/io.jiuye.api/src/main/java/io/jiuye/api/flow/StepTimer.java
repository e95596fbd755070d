package io.jiuye.api.flow;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * Time attached to a step, counted from when the item reached it. A step may have several (CQU: a 24-hour
 * consideration period and a validity expiry on the same acceptance step).
 *
 * <ul>
 * <li>{@link Mode#AUTO}: when the time is up the system performs {@code action} (auto-confirm 7 days after the
 * employer's confirmation, R-SIGN-9);</li>
 * <li>{@link Mode#NOT_BEFORE}: the actions in {@code blocks} (all of the step's when empty) may be taken only once
 * the time is up (24-hour consideration period before accepting, not before refusing, R-SIGN-11);</li>
 * <li>{@link Mode#EXPIRE}: when the time is up the item expires (invitation validity, R-SIGN-4); an action tried
 * after that is refused at once and the item expires then, without waiting for the timer poll.</li>
 * </ul>
 * With {@code endOfDay} the due time is rounded up to 24:00 of its day in Asia/Shanghai. With {@code duration} the
 * length comes from a setting or an item value; {@code after} is the fallback.
 */
public record StepTimer(Mode mode, Duration after, ReviewAction action, boolean endOfDay, Set<ReviewAction> blocks,
        TimerDuration duration) {

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
        blocks = blocks == null || blocks.isEmpty() ? Set.of() : Ordered.enums(blocks, ReviewAction.class);
        if (mode != Mode.NOT_BEFORE && !blocks.isEmpty()) {
            throw new IllegalArgumentException("only a not-before timer blocks actions");
        }
    }

    /** A timer of one mode with a fixed length. */
    public StepTimer(Mode mode, Duration after, ReviewAction action, boolean endOfDay) {
        this(mode, after, action, endOfDay, null, null);
    }

    public static StepTimer auto(Duration after, ReviewAction action) {
        return new StepTimer(Mode.AUTO, after, action, false);
    }

    /** Blocks every action of the step until the time is up; see {@link #blocking}. */
    public static StepTimer notBefore(Duration after) {
        return new StepTimer(Mode.NOT_BEFORE, after, null, false);
    }

    public static StepTimer expireAfterDays(int days) {
        return new StepTimer(Mode.EXPIRE, Duration.ofDays(days), ReviewAction.EXPIRE, true);
    }

    /** This not-before timer blocks only {@code actions} (CQU: accepting, not refusing). */
    public StepTimer blocking(ReviewAction... actions) {
        return new StepTimer(mode, after, action, endOfDay, Set.of(actions), duration);
    }

    /** The length comes from the school's setting {@code key} of the flow's plugin, in {@code unit}, within bounds. */
    public StepTimer fromSetting(String key, ChronoUnit unit, long min, long max) {
        return new StepTimer(mode, after, action, endOfDay, blocks,
                new TimerDuration(TimerDuration.Source.SETTING, key, unit, min, max));
    }

    /** The length comes from the item's attribute {@code key}, in {@code unit}, within bounds. */
    public StepTimer fromAttribute(String key, ChronoUnit unit, long min, long max) {
        return new StepTimer(mode, after, action, endOfDay, blocks,
                new TimerDuration(TimerDuration.Source.ATTRIBUTE, key, unit, min, max));
    }

    /** Whether this timer, while running, keeps {@code a} from being taken. */
    public boolean blocks(ReviewAction a) {
        return mode == Mode.NOT_BEFORE && (blocks.isEmpty() || blocks.contains(a));
    }

}
