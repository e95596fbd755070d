package io.jiuye.api.review;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ReviewAction;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The generic review engine. Every transition is one transaction that moves the item, writes its trail entry and
 * runs the listeners of the owning module; a stale {@code expectedVersion} fails with VERSION_CONFLICT.
 */
@ProviderType
public interface ReviewService {

    /** Submits a new item of a type live for the caller's school; its flow is snapshotted now. */
    ReviewItemDto submit(Principal caller, SubmitRequest request);

    /**
     * Acts on an item: APPROVE/REJECT/RETURN by the current step's actor, SUBMIT again by the submitter after a
     * return or rejection, WITHDRAW by the submitter, REVOKE by a school admin. REJECT, RETURN and REVOKE need a
     * remark.
     */
    default ReviewItemDto act(Principal caller, String itemId, ReviewAction action, long expectedVersion,
            String remark) {
        return act(caller, itemId, ActionRequest.of(action, expectedVersion, remark));
    }

    /**
     * Acts with field values: a step's fields with APPROVE/REJECT/RETURN, the item's new values with SUBMIT again
     * or AMEND. TAKE_BACK by the previous step's actor where the current step allows it. An action after the
     * current step's expiry is refused with REVIEW_DEADLINE_PASSED and the item is expired at once.
     */
    ReviewItemDto act(Principal caller, String itemId, ActionRequest request);

    /**
     * Initial values for the fields of the step the item waits at, for the caller (from the item, or the caller's
     * values at the same step of their last item of this type); empty when the caller is not the step's actor.
     */
    Map<String, String> prefill(Principal caller, String itemId);

    ReviewItemDto get(Principal caller, String itemId);

    List<TrailEntryDto> trail(Principal caller, String itemId);

    /** Items waiting for the caller to act, oldest first. */
    Page<ReviewItemDto> waitingFor(Principal caller, PageRequest page);

    /** Items the caller submitted, newest first. */
    Page<ReviewItemDto> submittedBy(Principal caller, PageRequest page);

    /** Performs due timers (auto-confirm, expiry); returns how many items moved. Called by the timer service. */
    int runDueTimers();
}
