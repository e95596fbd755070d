package io.jiuye.core.module;

import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The security audit. Inside a transaction an entry commits with the change it records; a failure recorded after
 * a rollback stays on record. Events are upper-case codes owned by the module that writes them
 * ({@code EMPLOYER_REGISTRATION}).
 */
@ProviderType
public interface AuditLog {
    String SUCCESS = "SUCCESS";
    String FAILURE = "FAILURE";

    /** A successful action of a logged-in caller. */
    void success(String event, Principal actor, Long schoolId, String target, String detail);

    /** Any outcome, also of callers who are not logged in ({@code actor} is then what they claimed to be). */
    void record(String event, String outcome, String actor, String actorRole, Long schoolId, String target,
            String detail, String remoteAddress);
}
