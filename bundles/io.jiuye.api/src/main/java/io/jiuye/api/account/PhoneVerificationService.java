package io.jiuye.api.account;

import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Phone confirmation by SMS code before any signing action (R-ACC-3). The code goes to the phone of the student's
 * graduate record; once confirmed, the verification holds until that phone changes. Codes: 6 digits, 10 minutes,
 * single use, 5 wrong attempts, at most one a minute and five an hour.
 */
@ProviderType
public interface PhoneVerificationService {

    /** Sends a code; fails with PHONE_MISSING, CODE_RATE_LIMITED or NOTIFICATION_UNAVAILABLE. */
    PhoneVerification sendCode(Principal caller);

    /** Confirms the code; fails with CODE_INVALID, CODE_EXPIRED or CODE_ATTEMPTS_EXCEEDED. */
    PhoneVerification confirm(Principal caller, String code);

    PhoneVerification status(Principal caller);
}
