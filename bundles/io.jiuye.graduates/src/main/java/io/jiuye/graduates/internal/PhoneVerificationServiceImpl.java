package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.PhoneVerification;
import io.jiuye.api.account.PhoneVerificationService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.Notifications;
import io.jiuye.core.module.OneTimeCodes;
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
    private static final String PHONE_VERIFIED = "PHONE_VERIFIED";

    private final Transactions tx;
    private final Clock clock;
    private final OneTimeCodes codes;
    private final Notifications notifier;
    private final MessageCatalog messages;
    private final AuditLog audit;

    @Activate
    public PhoneVerificationServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx,
            @Reference Clock clock, @Reference OneTimeCodes codes, @Reference Notifications notifier,
            @Reference MessageCatalog messages, @Reference AuditLog audit) {
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
            String code = codes.issue(PURPOSE, g.getPhone(), g.getUserId());
            String text = messages.message("notify.PHONE_VERIFICATION.body", MessageCatalog.ZH, code,
                    OneTimeCodes.VALIDITY.toMinutes());
            notifier.send(new Notification(Channel.SMS, g.getPhone(), null, text, PURPOSE));
            audit.success("VERIFICATION_CODE_SENT", caller, g.getSchoolId(),
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
        try {
            codes.check(PURPOSE, phone, code);
        } catch (JiuyeException e) {
            audit.record(PHONE_VERIFIED, AuditLog.FAILURE, caller.username(), caller.role().name(), null,
                    caller.userId(), e.error().code(), null);
            throw e;
        }
        return tx.inTransaction(em -> {
            Graduate g = own(em, caller);
            if (!phone.equals(g.getPhone())) {
                // the phone changed between the code and its confirmation
                throw new JiuyeException(CoreError.CODE_INVALID);
            }
            g.phoneVerified(phone, clock.instant());
            em.flush();
            audit.success(PHONE_VERIFIED, caller, g.getSchoolId(), g.getPublicId(),
                    Masking.phone(phone));
            return status(g);
        });
    }

    @Override
    public PhoneVerification status(Principal caller) {
        return tx.inTransaction(em -> status(own(em, caller)));
    }
}
