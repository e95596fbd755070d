package io.jiuye.api.graduate;

import java.time.Instant;

/** One line of a record's change log (变更明细, R-SRC-3): which field went from what to what, by whom, when. */
public record FieldChange(String field, String oldValue, String newValue, String changedBy, Instant at,
        String source) {
}
