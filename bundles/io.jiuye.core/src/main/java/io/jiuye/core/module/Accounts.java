package io.jiuye.core.module;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.UserDto;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Logins that modules create on behalf of people who register themselves (an employer's first account, a student
 * matched to their graduate record). Admins create accounts through {@code io.jiuye.api.account.UserService}
 * instead.
 */
@ProviderType
public interface Accounts {

    /** Checks {@code password} against the password rules: a validation error on {@code field} if it breaks one. */
    void checkPassword(String field, char[] password);

    /** The stored form of a checked password. Slow on purpose: call it before the transaction. */
    String hashPassword(char[] password);

    /** A login: its internal id (what modules store) and what the API shows of it. */
    record Account(long id, UserDto user) {
    }

    /**
     * Creates a login in the current transaction. A taken username is a validation error on {@code username}
     * ({@code USERNAME_TAKEN}). Employer logins (role {@code EMPLOYER}) only: a student's login belongs to a school
     * and a college ({@link #createStudent}).
     *
     * @param employerRef public id of the employer an employer account acts for, else {@code null}
     */
    Account create(String username, String displayName, Role role, String employerRef, String passwordHash);

    /**
     * Creates a student's login of the school and college (internal ids) in the current transaction; a taken
     * username is a validation error on {@code username} ({@code USERNAME_TAKEN}).
     */
    Account createStudent(String username, String displayName, long schoolId, long collegeId, String passwordHash);

    /** Whether a login has this username (compared as stored). */
    boolean usernameTaken(String username);

    /** The internal id of a logged-in caller's account; {@code NOT_FOUND} for the system or a deleted account. */
    long idOf(Principal caller);
}
