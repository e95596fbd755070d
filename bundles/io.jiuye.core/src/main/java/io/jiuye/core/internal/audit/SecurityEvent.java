package io.jiuye.core.internal.audit;

import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the security audit (logins, unmasked reads of personal data, plugin and permission changes), kept
 * apart from the review trail users see and from technical logs.
 */
@Entity
@Table(name = "security_audit")
public class SecurityEvent extends Identified {
    @Column(name = "occurred_at")
    private Instant at;
    private String event;
    private String outcome;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    @Column(name = "school_id")
    private Long schoolId;
    private String target;
    private String detail;
    @Column(name = "remote_address")
    private String remoteAddress;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant at, String event, String outcome, String actor, String actorRole, Long schoolId,
            String target, String detail, String remoteAddress) {
        this.at = at;
        this.event = event;
        this.outcome = outcome;
        this.actor = actor;
        this.actorRole = actorRole;
        this.schoolId = schoolId;
        this.target = target;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public String getEvent() {
        return event;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }

    public String getTarget() {
        return target;
    }
}
