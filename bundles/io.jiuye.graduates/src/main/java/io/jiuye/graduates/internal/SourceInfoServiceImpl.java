package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceReviewChain;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.ReviewItems;
import io.jiuye.core.module.ReviewSubmission;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.ReviewItemHandler;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Source-information verification (生源信息核对, R-SRC-1..3): the graduate completes the fields of seed 000 §3.2.2,
 * saves (each changed field logged) and submits into the school's chain, college then school or school only. The
 * review runs on the review engine as the core item type {@code core:source-info@1}; its transitions set the
 * record's state in the same transaction.
 */
@Component(service = {SourceInfoService.class, ReviewItemHandler.class})
public class SourceInfoServiceImpl implements SourceInfoService, ReviewItemHandler {
    static final ContributionId TYPE = ContributionId.of(CORE_PLUGIN, "source-info", 1);
    private static final Pattern QQ = Pattern.compile("[1-9][0-9]{4,11}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern HOME_PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Transactions tx;
    private final Clock clock;
    private final ReviewItems reviewItems;
    private final Schools schools;

    @Activate
    public SourceInfoServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx, @Reference Clock clock,
            @Reference ReviewItems reviewItems, @Reference Schools schools) {
        this.tx = tx;
        this.clock = clock;
        this.reviewItems = reviewItems;
        this.schools = schools;
    }

    @Override
    public ContributionId type() {
        return TYPE;
    }

    @Override
    public FlowDefinition flow(long schoolId) {
        return tx.inTransaction(em -> flow(GraduateSchoolSettings.of(em, schoolId).getSourceReviewChain()));
    }

    static FlowDefinition flow(SourceReviewChain chain) {
        StepDefinition schoolStep = StepDefinition.review("school", LocalizedText.of("学校审核", "School review"),
                ActorKind.SCHOOL_ADMIN);
        return chain == SourceReviewChain.SCHOOL_ONLY ? FlowDefinition.of(schoolStep)
                : FlowDefinition.of(StepDefinition.review("college", LocalizedText.of("学院审核", "College review"),
                        ActorKind.COLLEGE_ADMIN), schoolStep);
    }

    @Override
    public void afterTransition(ReviewItemView item) {
        tx.run(em -> em.createQuery("SELECT g FROM Graduate g WHERE g.sourceItemId = :i", Graduate.class)
                .setParameter("i", item.id()).getResultList().forEach(g -> g.sourceState(stateOf(item.state()), null)));
    }

    /** A review item's state as the state of what it reviews (source information, a recommendation form). */
    static SourceState stateOf(ItemState state) {
        return switch (state) {
            case IN_REVIEW -> SourceState.IN_REVIEW;
            case APPROVED -> SourceState.APPROVED;
            case REJECTED -> SourceState.REJECTED;
            case RETURNED -> SourceState.RETURNED;
            case WITHDRAWN, EXPIRED -> SourceState.NOT_SUBMITTED;
        };
    }

    @Override
    public SourceInfo mine(Principal caller) {
        return tx.inTransaction(em -> own(em, caller).toSourceInfo());
    }

    private static Graduate own(EntityManager em, Principal caller) {
        return GraduateAccess.own(em, caller);
    }

    @Override
    public SourceInfo save(Principal caller, SourceInfoUpdate update, long expectedVersion) {
        check(update);
        return tx.inTransaction(em -> {
            Graduate g = own(em, caller);
            g.expectVersion(expectedVersion);
            if (!g.getSourceState().editable()) {
                throw new JiuyeException(CoreError.SOURCE_INFO_LOCKED);
            }
            Map<String, String> before = g.sourceFields();
            Instant now = clock.instant();
            g.complete(update, now);
            logChanges(em, g, before, caller.username(), "STUDENT", now);
            em.flush();
            return g.toSourceInfo();
        });
    }

    static void logChanges(EntityManager em, Graduate g, Map<String, String> before, String by, String source,
            Instant now) {
        g.sourceFields().forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                em.persist(new GraduateChange(g, field, old, value, by, source, now));
            }
        });
    }

    /** A field map (keys of {@link SourceInfoUpdate}) as an update; malformed values are field errors. */
    static SourceInfoUpdate update(Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        EducationLevel level = null;
        if (v.get("educationLevel") != null) {
            level = EducationLevel.parse(v.get("educationLevel"));
            if (level == null) {
                errors.add(FieldError.of("educationLevel", "OPTION_UNKNOWN"));
            }
        }
        Boolean hukou = bool(errors, "hukouToSchool", v.get("hukouToSchool"));
        Boolean archive = bool(errors, "archiveToSchool", v.get("archiveToSchool"));
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
        SourceInfoUpdate u = new SourceInfoUpdate(level, hukou, archive, v.get("qq"), v.get("homePostcode"),
                v.get("email"), v.get("phone"), v.get("homePhone"), v.get("homeAddress"));
        check(u);
        return u;
    }

    private static Boolean bool(List<FieldError> errors, String field, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(FieldError.of(field, "SETTING_BOOLEAN"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    static void check(SourceInfoUpdate u) {
        List<FieldError> errors = new ArrayList<>();
        match(errors, "qq", u.qq(), QQ, "QQ_INVALID");
        match(errors, "homePostcode", u.homePostcode(), POSTCODE, "POSTCODE_INVALID");
        match(errors, "phone", u.phone(), MOBILE, "PHONE_INVALID");
        match(errors, "homePhone", u.homePhone(), HOME_PHONE, "HOME_PHONE_INVALID");
        match(errors, "email", u.email(), EMAIL, "EMAIL_INVALID");
        if (u.email() != null && u.email().length() > 100) {
            errors.add(FieldError.of("email", "TOO_LONG", 100));
        }
        if (u.homeAddress() != null && u.homeAddress().strip().length() > 200) {
            errors.add(FieldError.of("homeAddress", "TOO_LONG", 200));
        }
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
    }

    private static void match(List<FieldError> errors, String field, String value, Pattern p, String code) {
        if (value != null && !value.isBlank() && !p.matcher(value.strip()).matches()) {
            errors.add(FieldError.of(field, code));
        }
    }

    @Override
    public SourceInfo submit(Principal caller, long expectedVersion) {
        return tx.inTransaction(em -> {
            Graduate g = own(em, caller);
            g.expectVersion(expectedVersion);
            if (!g.getSourceState().editable()) {
                throw new JiuyeException(CoreError.SOURCE_INFO_LOCKED);
            }
            Map<String, String> fields = g.sourceFields();
            List<FieldError> missing = new ArrayList<>();
            fields.forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    missing.add(FieldError.of(k, "REQUIRED"));
                }
            });
            if (!missing.isEmpty()) {
                throw JiuyeException.invalid(missing);
            }
            ReviewItemView item = g.getSourceItemId() == null
                    ? reviewItems.submit(new ReviewSubmission(TYPE, g.getUserId(), null, null, fields))
                    : reviewItems.resubmit(g.getSourceItemId(), g.getUserId(), fields);
            g.sourceState(stateOf(item.state()), item);
            g.touch(clock.instant());
            em.flush();
            return g.toSourceInfo();
        });
    }

    @Override
    public List<FieldChange> changes(Principal caller, String graduateId) {
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.visible(em, caller, graduateId);
            return em.createQuery("SELECT c FROM GraduateChange c WHERE c.graduate = :g ORDER BY c.id",
                    GraduateChange.class).setParameter("g", g).getResultList().stream().map(GraduateChange::toDto)
                    .toList();
        });
    }

    @Override
    public SourceReviewChain reviewChain(String schoolId) {
        long school = schools.require(schoolId).id();
        return tx.inTransaction(em -> GraduateSchoolSettings.of(em, school).getSourceReviewChain());
    }

    @Override
    public SourceReviewChain setReviewChain(Principal caller, String schoolId, SourceReviewChain chain) {
        if (chain == null) {
            throw JiuyeException.invalid("chain", "REQUIRED");
        }
        SchoolRef school = schools.require(schoolId);
        Scopes.requireManage(caller, school.publicId());
        return tx.inTransaction(em -> {
            GraduateSchoolSettings.forUpdate(em, school.id()).setSourceReviewChain(chain);
            return chain;
        });
    }
}
