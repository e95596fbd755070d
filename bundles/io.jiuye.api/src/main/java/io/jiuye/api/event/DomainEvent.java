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
    /** An item reached a milestone: {@code data.milestone} (SIGNED, EFFECTIVE, PRINTABLE, FILED), {@code data.stepKey}. */
    public static final String REVIEW_MILESTONE = "review.milestone";
    /** The previous actor took the item back to its step ({@code data.stepKey}). */
    public static final String REVIEW_TAKEN_BACK = "review.taken-back";
    /** The item's values were amended and it went back to {@code data.stepKey}. */
    public static final String REVIEW_AMENDED = "review.amended";

    // Published by the signing and termination modules, in the transaction of the change; a listener that throws
    // vetoes it. subjectId is the student, data.agreementId / data.invitationId name the record.
    public static final String INVITATION_SENT = "invitation.sent";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String INVITATION_REFUSED = "invitation.refused";
    public static final String INVITATION_EXPIRED = "invitation.expired";
    public static final String AGREEMENT_SIGNED = "agreement.signed";
    public static final String AGREEMENT_EFFECTIVE = "agreement.effective";
    public static final String AGREEMENT_VERIFIED = "agreement.verified";
    public static final String AGREEMENT_REJECTED = "agreement.rejected";
    public static final String TERMINATION_REQUESTED = "termination.requested";
    public static final String TERMINATION_APPROVED = "termination.approved";
    public static final String TERMINATION_REJECTED = "termination.rejected";

    public DomainEvent {
        Objects.requireNonNull(type);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
