package io.jiuye.core.internal.review;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.flow.ActorRef;
import io.jiuye.core.internal.tenancy.TenantScope;
import java.util.Objects;

/** Whether a caller is the actor a step names, relative to the item. */
final class ActorMatcher {
    private ActorMatcher() {
    }

    static boolean matches(Principal p, ActorRef actor, ReviewItem item) {
        return switch (actor.kind()) {
            case SUBMITTER -> Objects.equals(p.userId(), item.getSubmitter().getPublicId());
            case COUNTERPARTY -> item.getCounterparty() != null
                    && Objects.equals(p.userId(), item.getCounterparty().getPublicId());
            case EMPLOYER -> isEmployer(p, item);
            case OTHER_PARTY -> item.getSubmitter().getRole() == Role.EMPLOYER
                    ? item.getCounterparty() != null && Objects.equals(p.userId(), item.getCounterparty().getPublicId())
                    : item.getEmployerRef() != null ? isEmployer(p, item)
                    : item.getCounterparty() != null && Objects.equals(p.userId(), item.getCounterparty().getPublicId());
            case COLLEGE_ADMIN -> p.is(Role.COLLEGE_ADMIN) && item.getCollege() != null
                    && Objects.equals(p.collegeId(), item.getCollege().getPublicId());
            case SCHOOL_ADMIN -> p.is(Role.SCHOOL_ADMIN)
                    && Objects.equals(p.schoolId(), item.getSchool().getPublicId());
            // external parties (e.g. a city HR bureau) get accounts in a later step; nobody matches yet
            case EXTERNAL -> false;
            case SYSTEM -> p.is(Role.SYSTEM);
        };
    }

    private static boolean isEmployer(Principal p, ReviewItem item) {
        return p.is(Role.EMPLOYER) && item.getEmployerRef() != null && item.getEmployerRef().equals(p.employerId());
    }

    /**
     * Whether the caller is the other party of the item: neither its submitter nor an admin or operator (the
     * student an employer invited, the employer a student named). Fields with visibility NOT_COUNTERPARTY are
     * hidden from them.
     */
    static boolean isOtherParty(Principal p, ReviewItem item) {
        return !Objects.equals(p.userId(), item.getSubmitter().getPublicId()) && !isAdmin(p, item);
    }

    /** Whether the caller sees the item as an admin: operator, system, or an admin of its school or college. */
    static boolean isAdmin(Principal p, ReviewItem item) {
        return p.is(Role.OPERATOR) || p.is(Role.SYSTEM) || TenantScope.administers(p, item.getSchool(), item.getCollege());
    }

    /** Whether the caller may see the item at all. */
    static boolean canSee(Principal p, ReviewItem item) {
        if (p.is(Role.OPERATOR) || p.is(Role.SYSTEM)) {
            return true;
        }
        if (Objects.equals(p.userId(), item.getSubmitter().getPublicId())
                || (item.getCounterparty() != null && Objects.equals(p.userId(), item.getCounterparty().getPublicId()))
                || (p.is(Role.EMPLOYER) && item.getEmployerRef() != null
                        && item.getEmployerRef().equals(p.employerId()))) {
            return true;
        }
        return TenantScope.administers(p, item.getSchool(), item.getCollege());
    }
}
