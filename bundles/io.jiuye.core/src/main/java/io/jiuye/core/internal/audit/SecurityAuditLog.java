package io.jiuye.core.internal.audit;

import io.jiuye.api.Principal;
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes the security audit. Inside a transaction the entry commits with the change it records. */
@Component(service = {SecurityAuditLog.class, AuditLog.class})
public final class SecurityAuditLog implements AuditLog {
    /** The core's audited events; modules name their own ({@link AuditLog}). */
    /** The core's own events; modules write theirs as strings through {@link AuditLog}. */
    public enum Event {
        LOGIN, LOGOUT, USER_CREATED, USER_DISABLED, OPERATOR_BOOTSTRAPPED, SCHOOL_CREATED, PLUGIN_ENABLED,
        PLUGIN_DISABLED, PLUGIN_SETTINGS_CHANGED, CONTRIBUTION_SELECTED, REVIEW_REVOKED, PASSWORD_CHANGED,
        PASSWORD_RESET_REQUESTED, PASSWORD_RESET, PASSWORD_RESET_BY_ADMIN, FILE_DELETED
    }

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public SecurityAuditLog(@Reference Transactions tx, @Reference Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public void success(Event event, Principal actor, Long schoolId, String target, String detail) {
        success(event.name(), actor, schoolId, target, detail);
    }

    public void record(Event event, String outcome, String actor, String actorRole, Long schoolId, String target,
            String detail, String remoteAddress) {
        record(event.name(), outcome, actor, actorRole, schoolId, target, detail, remoteAddress);
    }

    @Override
    public void success(String event, Principal actor, Long schoolId, String target, String detail) {
        record(event, SUCCESS, actor == null ? null : actor.username(), actor == null ? null : actor.role().name(),
                schoolId, target, detail, null);
    }

    @Override
    public void record(String event, String outcome, String actor, String actorRole, Long schoolId, String target,
            String detail, String remoteAddress) {
        tx.run(em -> em.persist(new SecurityEvent(clock.instant(), event, outcome, actor, actorRole, schoolId,
                target, truncate(detail), remoteAddress)));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
