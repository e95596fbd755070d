package io.jiuye.api.graduate;

import java.util.Map;

/**
 * What became of a correction request: the fields changed at once (the school lets graduates edit them directly)
 * and those sent to the school for review, with the review item carrying them ({@code null} when none was needed).
 */
public record CorrectionResult(SourceInfo sourceInfo, Map<String, String> applied, Map<String, String> requested,
        String reviewItemId) {
    public CorrectionResult {
        applied = Map.copyOf(applied);
        requested = Map.copyOf(requested);
    }
}
