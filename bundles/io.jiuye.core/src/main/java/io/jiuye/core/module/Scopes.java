package io.jiuye.core.module;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides whether a caller may read or manage a tenant's rows, and whether a caller administers
 * a school or college, on the public ids that modules keep beside their rows. It refuses by default: a new role gets
 * no access until it is written here. Records whose existence is no secret (schools, colleges, review items seen by
 * admins) answer {@code OUT_OF_SCOPE} (403); people's records answer {@code NOT_FOUND} (404), which callers decide.
 */
public final class Scopes {
    private Scopes() {
    }

    /** The caller has one of the roles; the system itself (setup, timers, listeners) passes. */
    public static void requireRole(Principal p, Role... roles) {
        if (!p.is(Role.SYSTEM) && !Set.of(roles).contains(p.role())) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
    }

    /** Reading a school's rows: the operator, the system, and every user belonging to the school. */
    public static void requireRead(Principal p, String schoolRef) {
        if (p.is(Role.OPERATOR) || p.is(Role.SYSTEM)) {
            return;
        }
        if (!Objects.equals(p.schoolId(), schoolRef)) {
            throw new JiuyeException(CoreError.OUT_OF_SCOPE);
        }
    }

    /** Managing a school's rows and settings: the operator, the system and that school's admins. */
    public static void requireManage(Principal p, String schoolRef) {
        if (p.is(Role.OPERATOR) || p.is(Role.SYSTEM)) {
            return;
        }
        if (!p.is(Role.SCHOOL_ADMIN) || !Objects.equals(p.schoolId(), schoolRef)) {
            throw new JiuyeException(p.is(Role.SCHOOL_ADMIN) ? CoreError.OUT_OF_SCOPE : CoreError.FORBIDDEN);
        }
    }

    /** Managing rows of one college: the operator, the school's admins and that college's admins. */
    public static void requireManageCollege(Principal p, String schoolRef, String collegeRef) {
        if (p.is(Role.COLLEGE_ADMIN) && Objects.equals(p.collegeId(), collegeRef)) {
            return;
        }
        if (p.is(Role.COLLEGE_ADMIN)) {
            throw new JiuyeException(CoreError.OUT_OF_SCOPE);
        }
        requireManage(p, schoolRef);
    }

    /** Whether the caller administers the school (school admin) or the college (college admin). */
    public static boolean administers(Principal p, String schoolRef, String collegeRef) {
        return switch (p.role()) {
            case SCHOOL_ADMIN -> Objects.equals(p.schoolId(), schoolRef);
            case COLLEGE_ADMIN -> collegeRef != null && Objects.equals(p.collegeId(), collegeRef);
            default -> false;
        };
    }
}
