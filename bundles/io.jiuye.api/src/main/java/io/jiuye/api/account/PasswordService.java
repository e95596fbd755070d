package io.jiuye.api.account;

import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Passwords (R-ACC-4): changing one's own, recovery by an e-mailed code, and reset by an administrator in scope.
 * Every step is audited.
 */
@ProviderType
public interface PasswordService {

    /** Changes the caller's password and ends the caller's other sessions ({@code currentToken} stays valid). */
    void change(Principal caller, String currentToken, char[] currentPassword, char[] newPassword);

    /**
     * E-mails a reset code to the account's address (a student's graduate e-mail). Returns normally whether or not
     * the account exists, has an address or is throttled, so the answer reveals nothing.
     */
    void requestReset(String username, String remoteAddress);

    /** Sets a new password with the e-mailed code and ends all sessions of the account; fails with CODE_INVALID. */
    void confirmReset(String username, String code, char[] newPassword, String remoteAddress);

    /**
     * Resets another user's password to a generated one, returned once (school admins for their school, college
     * admins for their college's students, the operator for anyone); ends the user's sessions.
     */
    CreatedUser adminReset(Principal caller, String userId);
}
