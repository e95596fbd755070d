package io.jiuye.api.account;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/**
 * User accounts. Operators create anybody; school admins create users of their school below their own role;
 * college admins create students of their college.
 */
@ProviderType
public interface UserService {

    CreatedUser create(Principal caller, NewUser user);

    UserDto get(Principal caller, String userId);

    /** Users the caller may see, filtered by school, role and a name fragment (each {@code null} for any). */
    Page<UserDto> list(Principal caller, String schoolId, Role role, String query, PageRequest page);

    /** Disables an account and ends all its sessions at once. */
    UserDto disable(Principal caller, String userId, long expectedVersion);

    /** Creates the first operator when there is none yet; refuses once an operator exists. */
    CreatedUser bootstrapOperator(String username);
}
