package io.jiuye.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in the domain, published inside the transaction that made it happen.
 *
 * @param type     e.g. {@code review.approved}, {@code review.submitted}; modules add their own
 * @param schoolId the school it happened in; listeners run only when their plugin is active there
 * @param subjectId the user it is about (usually the student)
 * @param itemId   the review item, if any
 * @param itemType its type, {@code pluginId:key@version}, if any
 */
public record DomainEvent(String type, String schoolId, String subjectId, String itemId, String itemType,
        Map<String, String> data, Instant at) {
    public static final String REVIEW_SUBMITTED = "review.submitted";
    public static final String REVIEW_APPROVED = "review.approved";
    public static final String REVIEW_REJECTED = "review.rejected";
    public static final String REVIEW_RETURNED = "review.returned";
    public static final String REVIEW_WITHDRAWN = "review.withdrawn";
    public static final String REVIEW_REVOKED = "review.revoked";
    public static final String REVIEW_EXPIRED = "review.expired";
    public static final String REVIEW_STEP = "review.step";

    public DomainEvent {
        Objects.requireNonNull(type);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
