package io.jiuye.api.review;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ReviewAction;
import java.util.List;
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
    ReviewItemDto act(Principal caller, String itemId, ReviewAction action, long expectedVersion, String remark);

    ReviewItemDto get(Principal caller, String itemId);

    List<TrailEntryDto> trail(Principal caller, String itemId);

    /** Items waiting for the caller to act, oldest first. */
    Page<ReviewItemDto> waitingFor(Principal caller, PageRequest page);

    /** Items the caller submitted, newest first. */
    Page<ReviewItemDto> submittedBy(Principal caller, PageRequest page);

    /** Performs due timers (auto-confirm, expiry); returns how many items moved. Called by the timer service. */
    int runDueTimers();
}
