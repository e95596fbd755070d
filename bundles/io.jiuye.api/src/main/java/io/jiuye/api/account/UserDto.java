package io.jiuye.api.account;

import io.jiuye.api.Role;
import java.time.Instant;

/** A user account as others see it (never with its password hash). */
public record UserDto(String id, String username, String displayName, Role role, String schoolId, String collegeId,
        String employerId, boolean enabled, Instant createdAt, long version) {
}
