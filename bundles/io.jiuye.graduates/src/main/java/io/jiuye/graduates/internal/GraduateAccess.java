package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Versioned;
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
        return em.createQuery("SELECT g FROM Graduate g WHERE g.userRef = :u", Graduate.class)
                .setParameter("u", caller.userId()).getResultList().stream().findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    /** Whether the record is the caller's own. */
    static boolean isOwn(Principal caller, Graduate g) {
        return g.getUserRef() != null && Objects.equals(g.getUserRef(), caller.userId());
    }

    /** Whether the caller administers the record (its college or school admins, the operator, the system). */
    static boolean administers(Principal caller, Graduate g) {
        return caller.is(Role.OPERATOR) || caller.is(Role.SYSTEM)
                || Scopes.administers(caller, g.getSchoolRef(), g.getCollegeRef());
    }

    /** The record with this public id; NOT_FOUND when there is none. */
    static Graduate byPublicId(EntityManager em, String graduateId) {
        return Versioned.byPublicId(em, Graduate.class, graduateId);
    }

    /** The record if the caller may read it; otherwise NOT_FOUND. */
    static Graduate visible(EntityManager em, Principal caller, String graduateId) {
        Graduate g = byPublicId(em, graduateId);
        if (!isOwn(caller, g) && !administers(caller, g)) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return g;
    }
}
