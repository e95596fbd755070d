package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.graduate.EligibilityReason;
import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.SigningEligibility;
import io.jiuye.api.graduate.SigningFlags;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signing eligibility (R-ACC-5): the gates every signing mode checks, each failing one reported with its code and
 * its zh/en text from the catalogue ({@code eligibility.<CODE>}). The per-graduate switches are the school admins'
 * (推免 and 签约开放列表; {@code planSubmitted} is kept here until the employment-plan module sets it itself), the
 * global one is the school's 网签开放设置. Every change is audited and the graduate's switches go to its change log.
 */
@Component(service = EligibilityService.class)
public class EligibilityServiceImpl implements EligibilityService {
    private static final String SOURCE = "ADMIN";

    private final Transactions tx;
    private final Clock clock;
    private final MessageCatalog messages;
    private final AuditLog audit;
    private final Schools schools;

    @Activate
    public EligibilityServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx,
            @Reference Clock clock, @Reference MessageCatalog messages, @Reference AuditLog audit,
            @Reference Schools schools) {
        this.tx = tx;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
        this.schools = schools;
    }

    @Override
    public SigningEligibility check(Principal caller, String graduateId) {
        return tx.inTransaction(em -> evaluate(em, visible(em, caller, graduateId)));
    }

    @Override
    public SigningEligibility mine(Principal caller) {
        return tx.inTransaction(em -> evaluate(em, GraduateAccess.own(em, caller)));
    }

    /** The gates in a fixed order; the student sees every one that fails. */
    SigningEligibility evaluate(EntityManager em, Graduate g) {
        List<EligibilityReason> failing = new ArrayList<>();
        if (g.getTrainingMode() != TrainingMode.NON_TARGETED) {
            failing.add(EligibilityReason.TARGETED_TRAINING);
        }
        if (g.isRecommendedForPostgraduate()) {
            failing.add(EligibilityReason.RECOMMENDED_FOR_POSTGRADUATE);
        }
        if (g.isPlanSubmitted()) {
            failing.add(EligibilityReason.EMPLOYMENT_PLAN_SUBMITTED);
        }
        if (g.getSourceState() != SourceState.APPROVED) {
            failing.add(EligibilityReason.SOURCE_INFO_NOT_APPROVED);
        }
        if (!g.isPhoneVerified()) {
            failing.add(EligibilityReason.PHONE_NOT_VERIFIED);
        }
        if (g.isSigningRestricted()) {
            failing.add(EligibilityReason.SIGNING_RESTRICTED);
        }
        if (!GraduateSchoolSettings.of(em, g.getSchoolId()).isOnlineSigningOpen()) {
            failing.add(EligibilityReason.ONLINE_SIGNING_CLOSED);
        }
        return new SigningEligibility(g.getPublicId(), failing.isEmpty(),
                failing.stream().map(this::reason).toList());
    }

    private SigningEligibility.Reason reason(EligibilityReason r) {
        String key = "eligibility." + r.name();
        return new SigningEligibility.Reason(r.name(), LocalizedText.of(messages.message(key, MessageCatalog.ZH),
                messages.message(key, Locale.ENGLISH)));
    }

    /**
     * The record if the caller may read it: its graduate, the admins of its college and school, the operator and the
     * system. Others do not learn that it exists.
     */
    private static Graduate visible(EntityManager em, Principal caller, String graduateId) {
        return GraduateAccess.visible(em, caller, graduateId);
    }

    @Override
    public SigningFlags flags(Principal caller, String graduateId) {
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.byPublicId(em, graduateId);
            if (!GraduateAccess.administers(caller, g)) {
                throw new JiuyeException(caller.is(Role.SCHOOL_ADMIN) || caller.is(Role.COLLEGE_ADMIN)
                        ? CoreError.OUT_OF_SCOPE : CoreError.NOT_FOUND);
            }
            return g.toSigningFlags();
        });
    }

    @Override
    public SigningFlags setFlags(Principal caller, String graduateId, SigningFlags.Update update,
            long expectedVersion) {
        if (update == null) {
            throw JiuyeException.invalid("recommendedForPostgraduate", "REQUIRED");
        }
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.byPublicId(em, graduateId);
            if (caller.is(Role.STUDENT) || caller.is(Role.EMPLOYER)) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            Scopes.requireManage(caller, g.getSchoolRef());
            g.expectVersion(expectedVersion);
            Map<String, String> before = g.signingFlagFields();
            Instant now = clock.instant();
            g.signingFlags(update, now);
            Map<String, String> after = g.signingFlagFields();
            after.forEach((field, value) -> {
                if (!Objects.equals(before.get(field), value)) {
                    em.persist(new GraduateChange(g, field, before.get(field), value, caller.username(), SOURCE,
                            now));
                }
            });
            em.flush();
            String detail = after.entrySet().stream().filter(e -> !Objects.equals(before.get(e.getKey()),
                    e.getValue())).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            audit.success("SIGNING_FLAGS_CHANGED", caller, g.getSchoolId(),
                    g.getPublicId(), detail.isEmpty() ? "no change" : detail);
            return g.toSigningFlags();
        });
    }

    @Override
    public boolean onlineSigningOpen(Principal caller, String schoolId) {
        SchoolRef school = schools.require(schoolId);
        Scopes.requireRead(caller, school.publicId());
        return tx.inTransaction(em -> GraduateSchoolSettings.of(em, school.id()).isOnlineSigningOpen());
    }

    @Override
    public boolean setOnlineSigning(Principal caller, String schoolId, boolean open) {
        SchoolRef school = schools.require(schoolId);
        Scopes.requireManage(caller, school.publicId());
        return tx.inTransaction(em -> {
            GraduateSchoolSettings s = GraduateSchoolSettings.forUpdate(em, school.id());
            boolean before = s.isOnlineSigningOpen();
            s.setOnlineSigningOpen(open);
            em.flush();
            audit.success("ONLINE_SIGNING_CHANGED", caller, school.id(), school.publicId(), before + " -> " + open);
            return open;
        });
    }
}
