package io.jiuye.api;

import java.util.Objects;

/**
 * Who is calling, with the tenant scope that every service call checks.
 *
 * @param userId    public id of the user ({@code null} for {@link Role#SYSTEM})
 * @param username  login name
 * @param role      the user's role
 * @param schoolId  public id of the user's school (students, college and school admins)
 * @param collegeId public id of the user's college (students, college admins)
 * @param employerId public id of the employer an employer account acts for
 */
public record Principal(String userId, String username, Role role, String schoolId, String collegeId, String employerId) {

    private static final Principal SYSTEM = new Principal(null, "system", Role.SYSTEM, null, null, null);

    public Principal {
        Objects.requireNonNull(role, "role");
    }

    /** The engine acting on its own (timers, automatic steps, event listeners). */
    public static Principal system() {
        return SYSTEM;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
