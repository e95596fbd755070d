package io.jiuye.api.review;

import io.jiuye.api.flow.ReviewAction;
import java.util.Map;
import java.util.Objects;

/**
 * An action on an item.
 *
 * @param expectedVersion the version the caller saw
 * @param remark          the reason, where the step needs one
 * @param values          field values: for a step action, the step's fields (a verifier completing the employer's
 *                        nature); for SUBMIT again or AMEND, the item's new values (checked like a submission)
 */
public record ActionRequest(ReviewAction action, long expectedVersion, String remark, Map<String, String> values) {
    public ActionRequest {
        Objects.requireNonNull(action, "action");
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static ActionRequest of(ReviewAction action, long expectedVersion, String remark) {
        return new ActionRequest(action, expectedVersion, remark, Map.of());
    }
}
