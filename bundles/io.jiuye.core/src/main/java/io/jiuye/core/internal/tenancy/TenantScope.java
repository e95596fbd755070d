package io.jiuye.core.internal.tenancy;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides whether a caller may read or manage a tenant's rows, and whether a caller administers
 * a school or college (review items build on it for admins). It refuses by default: a new role or a new kind of
 * row gets no access until it is written here. Records whose existence is no secret (schools, colleges, review
 * items seen by admins) answer OUT_OF_SCOPE (403); people's accounts and their items answer NOT_FOUND (404).
 */
public final class TenantScope {
    private TenantScope() {
    }

    /** The caller has one of the roles; the system itself (setup, timers, listeners) passes. */
    public static void requireRole(Principal p, Role... roles) {
        if (!p.is(Role.SYSTEM) && !Set.of(roles).contains(p.role())) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
    }

    /** Reading a school: the operator, and every user belonging to it. */
    public static void requireRead(Principal p, School school) {
        if (p.is(Role.OPERATOR) || p.is(Role.SYSTEM)) {
            return;
        }
        if (!Objects.equals(p.schoolId(), school.getPublicId())) {
            throw new JiuyeException(CoreError.OUT_OF_SCOPE);
        }
    }

    /** Managing a school's configuration: the operator and that school's admins. */
    public static void requireManage(Principal p, School school) {
        if (p.is(Role.OPERATOR) || p.is(Role.SYSTEM)) {
            return;
        }
        if (!p.is(Role.SCHOOL_ADMIN) || !Objects.equals(p.schoolId(), school.getPublicId())) {
            throw new JiuyeException(p.is(Role.SCHOOL_ADMIN) ? CoreError.OUT_OF_SCOPE : CoreError.FORBIDDEN);
        }
    }

    /** Managing rows of one college: the operator, the school's admins and that college's admins. */
    public static void requireManage(Principal p, College college) {
        if (p.is(Role.COLLEGE_ADMIN) && Objects.equals(p.collegeId(), college.getPublicId())) {
            return;
        }
        if (p.is(Role.COLLEGE_ADMIN)) {
            throw new JiuyeException(CoreError.OUT_OF_SCOPE);
        }
        requireManage(p, college.getSchool());
    }

    /** Whether the principal administers the given school (school admin) or college (college admin). */
    public static boolean administers(Principal p, School school, College college) {
        return switch (p.role()) {
            case SCHOOL_ADMIN -> Objects.equals(p.schoolId(), school.getPublicId());
            case COLLEGE_ADMIN -> college != null && Objects.equals(p.collegeId(), college.getPublicId());
            default -> false;
        };
    }
}
