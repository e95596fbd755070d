package io.jiuye.core.internal.account;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.PasswordService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.internal.notify.Notifier;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Passwords (R-ACC-4). The account's e-mail address is the student's graduate e-mail (other roles recover through
 * an administrator). A reset request answers alike for unknown users, users without an address and throttled
 * requests; only the audit tells them apart.
 */
@Component(service = PasswordService.class)
public class PasswordServiceImpl implements PasswordService {
    public static final String PURPOSE = "PASSWORD_RESET";

    private final Transactions tx;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final VerificationCodes codes;
    private final Notifier notifier;
    private final MessageCatalog messages;
    private final SecurityAuditLog audit;
    private final ContactBook contacts;

    @Activate
    public PasswordServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PasswordHasher hasher,
            @Reference VerificationCodes codes, @Reference Notifier notifier, @Reference MessageCatalog messages,
            @Reference SecurityAuditLog audit, @Reference ContactBook contacts) {
        this.contacts = contacts;
        this.tx = tx;
        this.clock = clock;
        this.hasher = hasher;
        this.codes = codes;
        this.notifier = notifier;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public void change(Principal caller, String currentToken, char[] currentPassword, char[] newPassword) {
        if (caller.userId() == null) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        if (currentPassword == null || currentPassword.length == 0) {
            throw JiuyeException.invalid("currentPassword", "REQUIRED");
        }
        if (newPassword == null || newPassword.length == 0) {
            throw JiuyeException.invalid("newPassword", "REQUIRED");
        }
        PasswordPolicy.check("newPassword", newPassword);
        UserAccount account = tx.inTransaction(em -> TenancyLookup.one(em, UserAccount.class, caller.userId()));
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            audit.record(SecurityAuditLog.Event.PASSWORD_CHANGED, "FAILURE", caller.username(),
                    caller.role().name(), null, caller.userId(), "wrong current password", null);
            throw JiuyeException.invalid("currentPassword", "PASSWORD_INCORRECT");
        }
        String hash = hasher.hash(newPassword);
        String keep = currentToken == null ? null : AuthServiceImpl.hash(currentToken);
        tx.run(em -> {
            UserAccount a = em.find(UserAccount.class, account.getId());
            a.setPasswordHash(hash);
            Instant now = clock.instant();
            em.createQuery("SELECT s FROM AuthSession s WHERE s.user = :u AND s.endedAt IS NULL", AuthSession.class)
                    .setParameter("u", a).getResultList().stream()
                    .filter(s -> !Objects.equals(s.getTokenHash(), keep)).forEach(s -> s.end(now));
            em.flush();
            audit.success(SecurityAuditLog.Event.PASSWORD_CHANGED, caller, schoolId(a), a.getPublicId(), null);
        });
    }

    private static Long schoolId(UserAccount a) {
        return a.getSchool() == null ? null : a.getSchool().getId();
    }

    private static UserAccount byUsername(EntityManager em, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u",
                UserAccount.class).setParameter("u", username.strip()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Where the account's recovery codes go: the address a module knows for it (a student's record e-mail). */
    private String email(UserAccount a) {
        return contacts.email(a.getId()).orElse(null);
    }

    @Override
    public void requestReset(String username, String remoteAddress) {
        if (!notifier.available(Channel.EMAIL)) {
            // no way to deliver: an operator problem, not something to hide from the user
            throw new JiuyeException(CoreError.NOTIFICATION_UNAVAILABLE, Channel.EMAIL.name());
        }
        String outcome;
        try {
            outcome = tx.inTransaction(em -> {
                UserAccount a = byUsername(em, username);
                if (a == null) {
                    return "unknown user";
                }
                if (!a.isEnabled()) {
                    return "account disabled";
                }
                String email = email(a);
                if (email == null) {
                    return "no e-mail address";
                }
                String code = codes.issue(em, PURPOSE, email, a);
                notifier.send(new Notification(Channel.EMAIL, email,
                        messages.message("notify.PASSWORD_RESET.subject", MessageCatalog.ZH),
                        messages.message("notify.PASSWORD_RESET.body", MessageCatalog.ZH, a.getUsername(), code,
                                VerificationCodes.VALIDITY.toMinutes()), PURPOSE));
                return null;
            });
        } catch (JiuyeException e) {
            outcome = e.error().code();
        }
        audit.record(SecurityAuditLog.Event.PASSWORD_RESET_REQUESTED, outcome == null ? "SUCCESS" : "FAILURE",
                username, null, null, null, outcome, remoteAddress);
    }

    @Override
    public void confirmReset(String username, String code, char[] newPassword, String remoteAddress) {
        if (newPassword == null || newPassword.length == 0) {
            throw JiuyeException.invalid("newPassword", "REQUIRED");
        }
        PasswordPolicy.check("newPassword", newPassword);
        UserAccount[] account = new UserAccount[1];
        String email = tx.inTransaction(em -> {
            account[0] = byUsername(em, username);
            return account[0] == null ? null : email(account[0]);
        });
        VerificationCodes.Outcome outcome = email == null ? VerificationCodes.Outcome.INVALID
                : codes.check(PURPOSE, email, account[0], code);
        if (outcome != VerificationCodes.Outcome.OK) {
            audit.record(SecurityAuditLog.Event.PASSWORD_RESET, "FAILURE", username, null, null, null,
                    outcome.name(), remoteAddress);
            outcome.orThrow();
        }
        String hash = hasher.hash(newPassword);
        tx.run(em -> {
            UserAccount a = em.find(UserAccount.class, account[0].getId());
            a.setPasswordHash(hash);
            UserServiceImpl.endSessions(em, a, clock.instant());
            em.flush();
            audit.record(SecurityAuditLog.Event.PASSWORD_RESET, "SUCCESS", a.getUsername(), a.getRole().name(),
                    schoolId(a), a.getPublicId(), "by e-mail code", remoteAddress);
        });
    }

    @Override
    public CreatedUser adminReset(Principal caller, String userId) {
        String password = PasswordPolicy.generate();
        String hash = hasher.hash(password.toCharArray());
        return tx.inTransaction(em -> {
            UserAccount a = TenancyLookup.one(em, UserAccount.class, userId);
            UserServiceImpl.requireMaySee(caller, a);
            if (Objects.equals(caller.userId(), a.getPublicId())) {
                // one's own password is changed with the current one
                throw new JiuyeException(CoreError.FORBIDDEN);
            }
            UserServiceImpl.requireMayCreate(caller, a.getRole(), a.getSchool(), a.getCollege());
            a.setPasswordHash(hash);
            UserServiceImpl.endSessions(em, a, clock.instant());
            em.flush();
            audit.success(SecurityAuditLog.Event.PASSWORD_RESET_BY_ADMIN, caller, schoolId(a), a.getPublicId(),
                    a.getUsername());
            return new CreatedUser(a.toDto(), password);
        });
    }
}
