package io.jiuye.api.graduate;

import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing eligibility (R-ACC-5): the one check every signing mode calls before a graduate signs, and the switches
 * behind it. A graduate may sign when all hold: non-targeted training, not recommended for postgraduate study,
 * employment-plan data not submitted, source information approved, not restricted by the school, and the school's
 * online signing open.
 */
@ProviderType
public interface EligibilityService {

    /** The eligibility of a graduate: the graduate, the admins of its college and school, the operator, the system. */
    SigningEligibility check(Principal caller, String graduateId);

    /** The calling student's own eligibility. */
    SigningEligibility mine(Principal caller);

    /** The graduate's switches, for the admins of its college and school. */
    SigningFlags flags(Principal caller, String graduateId);

    /** Sets switches (the school's admins); each change goes to the record's change log and the audit. */
    SigningFlags setFlags(Principal caller, String graduateId, SigningFlags.Update update, long expectedVersion);

    /** Whether the school's online signing is open (网签开放设置): members of the school, the operator. */
    boolean onlineSigningOpen(Principal caller, String schoolId);

    /** Opens or closes the school's online signing (its admins, the operator); audited. */
    boolean setOnlineSigning(Principal caller, String schoolId, boolean open);
}
