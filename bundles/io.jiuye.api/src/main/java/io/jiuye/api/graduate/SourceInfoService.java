package io.jiuye.api.graduate;

import io.jiuye.api.Principal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Source-information verification (R-SRC-1..3): the registered graduate completes and saves their fields, then
 * submits them into the school's review chain; every changed field is logged. Approval, rejection and return happen
 * on the review item through the review service.
 */
@ProviderType
public interface SourceInfoService {

    /** The caller's own source information (students with a linked record). */
    SourceInfo mine(Principal caller);

    /** Saves the caller's fields while they are editable; every changed field goes to the change log. */
    SourceInfo save(Principal caller, SourceInfoUpdate update, long expectedVersion);

    /** Sends the saved fields into review along the school's chain; a returned or rejected one is sent again. */
    SourceInfo submit(Principal caller, long expectedVersion);

    /** The change log of a record: its graduate, or the admins of its college and school. */
    List<FieldChange> changes(Principal caller, String graduateId);

    SourceReviewChain reviewChain(String schoolId);

    /** Sets the school's review chain (its admins or the operator); items already submitted keep theirs. */
    SourceReviewChain setReviewChain(Principal caller, String schoolId, SourceReviewChain chain);
}
