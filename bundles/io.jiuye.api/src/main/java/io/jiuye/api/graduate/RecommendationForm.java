package io.jiuye.api.graduate;

import java.util.Map;

/**
 * A graduate's recommendation form (推荐表, R-REC-1): its fields by the keys of the school's template, whether it
 * has a photo, its review state and item, and its version.
 *
 * @param state NOT_SUBMITTED while a draft, then the state of its college review
 */
public record RecommendationForm(String graduateId, Map<String, String> fields, boolean hasPhoto, SourceState state,
        String reviewItemId, long version) {
    public RecommendationForm {
        fields = Map.copyOf(fields);
    }
}
