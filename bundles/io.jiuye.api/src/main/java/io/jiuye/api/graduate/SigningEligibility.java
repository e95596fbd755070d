package io.jiuye.api.graduate;

import io.jiuye.api.i18n.LocalizedText;
import java.util.List;

/**
 * Whether a graduate may sign now (R-ACC-5), and if not every failing gate, so the student sees which one fails.
 * Every signing mode asks this one check.
 *
 * @param reasons the failing gates in a fixed order; empty exactly when {@code eligible}
 */
public record SigningEligibility(String graduateId, boolean eligible, List<Reason> reasons) {
    public SigningEligibility {
        reasons = List.copyOf(reasons);
    }

    /** One failing gate: its stable code (an {@link EligibilityReason} name for the core's gates) and its text. */
    public record Reason(String code, LocalizedText message) {
    }

    /** Whether the gate with this code fails. */
    public boolean fails(EligibilityReason reason) {
        return reasons.stream().anyMatch(r -> r.code().equals(reason.name()));
    }
}
