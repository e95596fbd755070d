package io.jiuye.core.internal.graduate;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.PhoneVerification;
import io.jiuye.api.account.PhoneVerificationService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.core.internal.account.VerificationCodes;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.internal.notify.Notifier;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Phone confirmation by SMS code (R-ACC-3): the code goes to the phone of the student's graduate record; the
 * confirmed number is kept on the record and counts only while it is still the record's phone, so a phone changed
 * later (source information, correction) must be confirmed again.
 */
@Component(service = PhoneVerificationService.class)
public class PhoneVerificationServiceImpl implements PhoneVerificationService {
    public static final String PURPOSE = "PHONE_VERIFICATION";

    private final Transactions tx;
    private final Clock clock;
    private final VerificationCodes codes;
    private final Notifier notifier;
    private final MessageCatalog messages;
    private final SecurityAuditLog audit;

    @Activate
    public PhoneVerificationServiceImpl(@Reference Transactions tx, @Reference Clock clock,
            @Reference VerificationCodes codes, @Reference Notifier notifier, @Reference MessageCatalog messages,
            @Reference SecurityAuditLog audit) {
        this.tx = tx;
        this.clock = clock;
        this.codes = codes;
        this.notifier = notifier;
        this.messages = messages;
        this.audit = audit;
    }

    private static Graduate own(EntityManager em, Principal caller) {
        return GraduateAccess.own(em, caller);
    }

    private static PhoneVerification status(Graduate g) {
        return new PhoneVerification(Masking.phone(g.getPhone()), g.isPhoneVerified(), g.getPhoneVerifiedAt());
    }

    @Override
    public PhoneVerification sendCode(Principal caller) {
        notifier.requireAvailable(Channel.SMS);
        return tx.inTransaction(em -> {
            Graduate g = own(em, caller);
            if (g.getPhone() == null || g.getPhone().isBlank()) {
                throw new JiuyeException(CoreError.PHONE_MISSING);
            }
            String code = codes.issue(em, PURPOSE, g.getPhone(), g.getUser());
            String text = messages.message("notify.PHONE_VERIFICATION.body", MessageCatalog.ZH, code,
                    VerificationCodes.VALIDITY.toMinutes());
            notifier.send(new Notification(Channel.SMS, g.getPhone(), null, text, PURPOSE));
            audit.success(SecurityAuditLog.Event.VERIFICATION_CODE_SENT, caller, g.getSchool().getId(),
                    g.getPublicId(), PURPOSE + " " + Masking.phone(g.getPhone()));
            return status(g);
        });
    }

    @Override
    public PhoneVerification confirm(Principal caller, String code) {
        String phone = tx.inTransaction(em -> own(em, caller).getPhone());
        if (phone == null) {
            throw new JiuyeException(CoreError.PHONE_MISSING);
        }
        VerificationCodes.Outcome outcome = codes.check(PURPOSE, phone, null, code);
        if (outcome != VerificationCodes.Outcome.OK) {
            audit.record(SecurityAuditLog.Event.PHONE_VERIFIED, "FAILURE", caller.username(), caller.role().name(),
                    null, caller.userId(), outcome.name(), null);
            outcome.orThrow();
        }
        return tx.inTransaction(em -> {
            Graduate g = own(em, caller);
            if (!phone.equals(g.getPhone())) {
                // the phone changed between the code and its confirmation
                throw new JiuyeException(CoreError.CODE_INVALID);
            }
            g.phoneVerified(phone, clock.instant());
            em.flush();
            audit.success(SecurityAuditLog.Event.PHONE_VERIFIED, caller, g.getSchool().getId(), g.getPublicId(),
                    Masking.phone(phone));
            return status(g);
        });
    }

    @Override
    public PhoneVerification status(Principal caller) {
        return tx.inTransaction(em -> status(own(em, caller)));
    }
}
