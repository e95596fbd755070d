package io.jiuye.api.account;

import io.jiuye.api.Role;

/**
 * A user to create. Students and college admins need a college; school admins a school; employers an employer id.
 * A {@code null} password asks the service to generate one, returned once in {@link CreatedUser}.
 */
public record NewUser(String username, String displayName, Role role, String schoolId, String collegeId,
        String employerId, char[] password) {
}
