package io.jiuye.core.internal.tenancy;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.core.module.Scopes;

/** {@link Scopes} for the core's own tenancy entities. */
public final class TenantScope {
    private TenantScope() {
    }

    /** The caller has one of the roles; the system itself (setup, timers, listeners) passes. */
    public static void requireRole(Principal p, Role... roles) {
        Scopes.requireRole(p, roles);
    }

    /** Reading a school: the operator, and every user belonging to it. */
    public static void requireRead(Principal p, School school) {
        Scopes.requireRead(p, school.getPublicId());
    }

    /** Managing a school's configuration: the operator and that school's admins. */
    public static void requireManage(Principal p, School school) {
        Scopes.requireManage(p, school.getPublicId());
    }

    /** Managing rows of one college: the operator, the school's admins and that college's admins. */
    public static void requireManage(Principal p, College college) {
        Scopes.requireManageCollege(p, college.getSchool().getPublicId(), college.getPublicId());
    }

    /** Whether the principal administers the given school (school admin) or college (college admin). */
    public static boolean administers(Principal p, School school, College college) {
        return Scopes.administers(p, school.getPublicId(), college == null ? null : college.getPublicId());
    }
}
