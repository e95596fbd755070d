package io.jiuye.core.internal.graduate;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * Who may reach a graduate record: its graduate (their "own" record), the admins of its college and school, the
 * operator and the system. Everybody else is told it does not exist.
 */
final class GraduateAccess {
    private GraduateAccess() {
    }

    /** The caller's own record: students with a registered, linked record only. */
    static Graduate own(EntityManager em, Principal caller) {
        if (!caller.is(Role.STUDENT) || caller.userId() == null) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        return em.createQuery("SELECT g FROM Graduate g WHERE g.user.publicId = :u", Graduate.class)
                .setParameter("u", caller.userId()).getResultList().stream().findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    /** Whether the record is the caller's own. */
    static boolean isOwn(Principal caller, Graduate g) {
        return g.getUser() != null && Objects.equals(g.getUser().getPublicId(), caller.userId());
    }

    /** Whether the caller administers the record (its college or school admins, the operator, the system). */
    static boolean administers(Principal caller, Graduate g) {
        return caller.is(Role.OPERATOR) || caller.is(Role.SYSTEM)
                || TenantScope.administers(caller, g.getSchool(), g.getCollege());
    }

    /** The record if the caller may read it; otherwise NOT_FOUND. */
    static Graduate visible(EntityManager em, Principal caller, String graduateId) {
        Graduate g = TenancyLookup.one(em, Graduate.class, "Graduate", graduateId);
        if (!isOwn(caller, g) && !administers(caller, g)) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return g;
    }
}
