package io.jiuye.core.module;

import io.jiuye.api.plugin.ContributionId;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The review engine for module-owned item types ({@link ReviewItemHandler}): submit, resubmit, read. Every call
 * joins the caller's transaction, so a module's row and its item change together. Reviewers act through the
 * review API ({@code io.jiuye.api.review.ReviewService}), which calls the handler after each transition.
 */
@ProviderType
public interface ReviewItems {

    /** Submits a new item on its handler's current flow; window and limits are checked. */
    ReviewItemView submit(ReviewSubmission submission);

    /**
     * Submits a returned or rejected item again, with fresh attributes, on behalf of its submitter; {@code
     * actorUserId} is the account that does it (another account of the same employer, say) and goes into the trail.
     */
    ReviewItemView resubmit(long itemId, long actorUserId, Map<String, String> attributes);

    /** Replaces the attributes reviewers see, without a transition. */
    void setAttributes(long itemId, Map<String, String> attributes);

    Optional<ReviewItemView> find(long itemId);

    /** The item with this public id, if it is one of this module type's (others are absent, as if unknown). */
    Optional<ReviewItemView> find(ContributionId type, String publicId);
}
