package io.jiuye.api.account;

import io.jiuye.api.graduate.EducationLevel;

/**
 * A student's registration: the school and cohort, the keys the school asks for (others may be {@code null}), and
 * the password of the new account.
 */
public record Registration(String schoolId, int graduationYear, String studentNumber, String name, String idNumber,
        EducationLevel educationLevel, char[] password) {
}
