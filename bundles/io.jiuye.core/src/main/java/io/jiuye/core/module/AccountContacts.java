package io.jiuye.core.module;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module knows of how to reach the holder of an account, for the core's login and password recovery (the
 * graduates module: a student's confirmed phone and record e-mail). Registered as an OSGi service; calls join the
 * caller's transaction.
 */
@ConsumerType
public interface AccountContacts {

    /** The accounts (internal ids) whose holder confirmed this phone by SMS code and still has it (R-ACC-4). */
    List<Long> accountsWithConfirmedPhone(String phone);

    /** The e-mail address password-recovery codes go to, if the module has one for the account. */
    Optional<String> email(long accountId);
}
