package io.jiuye.core.module;

import io.jiuye.api.plugin.ContributionId;
import java.util.Map;

/**
 * A new review item of a module's type.
 *
 * @param submitterUserId the account that submits
 * @param schoolId internal id of the school that reviews it when neither party belongs to one (an employer's
 *     qualification); {@code null} takes the submitter's school
 * @param employerRef public id of the employer the item concerns, or {@code null}
 */
public record ReviewSubmission(ContributionId type, long submitterUserId, Long schoolId, String employerRef,
        Map<String, String> attributes) {

    public ReviewSubmission {
        attributes = Map.copyOf(attributes);
    }
}
