package io.jiuye.employers.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerRegistered;
import io.jiuye.api.employer.EmployerRegistration;
import io.jiuye.api.employer.EmployerService;
import io.jiuye.api.employer.EmployerState;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.module.Accounts;
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.DataModule;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.ReviewItems;
import io.jiuye.core.module.ReviewSubmission;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.module.Validation;
import io.jiuye.core.module.XlsxExport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Employers (A2, seed 001 §2.1.1): self-registration with the first account, the profile, and the qualification
 * review (资质审核) as the core item type {@code core:employer-qualification@1}.
 *
 * <p>The review engine puts every item in a school and its SCHOOL_ADMIN actor means that school's admins, while
 * the domain says an employer is verified "by any school's admin". The employer therefore names a <em>home
 * school</em> (at registration, or later when it submits); that school's admins review it (one step, approve or
 * reject with a reason; revocable by them). Verification is deployment-wide: a verified employer acts toward
 * graduates of every school (province-wide alliance, seed 001). Transitions set the employer's state in the same
 * transaction: approved → VERIFIED, rejected → REJECTED with the reviewer's reason, back in review → PENDING.
 */
@Component(service = {EmployerService.class, ReviewItemHandler.class})
public class EmployerServiceImpl implements EmployerService, ReviewItemHandler {
    static final ContributionId TYPE = ContributionId.of(CORE_PLUGIN, "employer-qualification", 1);
    static final String REGISTRATION = "EMPLOYER_REGISTRATION";
    static final String PROFILE_CHANGED = "EMPLOYER_PROFILE_CHANGED";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    private static final Pattern TELEPHONE = Pattern.compile("[0-9+()\\- ]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Transactions tx;
    private final Clock clock;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ReviewItems reviews;
    private final Schools schools;

    @Activate
    public EmployerServiceImpl(@Reference(target = "(" + DataModule.MODULES + "=" + EmployersDataModule.NAME + ")")
            Transactions tx, @Reference Clock clock, @Reference Accounts accounts, @Reference AuditLog audit,
            @Reference ReviewItems reviews, @Reference Schools schools) {
        this.tx = tx;
        this.clock = clock;
        this.accounts = accounts;
        this.audit = audit;
        this.reviews = reviews;
        this.schools = schools;
    }

    // ------------------------------------------------------------------ the review item type

    @Override
    public ContributionId type() {
        return TYPE;
    }

    @Override
    public FlowDefinition flow(long schoolId) {
        return FlowDefinition.of(StepDefinition.review("school", LocalizedText.of("资质审核", "Qualification review"),
                ActorKind.SCHOOL_ADMIN).withActions(ReviewAction.APPROVE, ReviewAction.REJECT)).notWithdrawable();
    }

    @Override
    public void afterTransition(ReviewItemView item) {
        Instant now = clock.instant();
        tx.run(em -> {
            for (Employer e : em.createQuery("SELECT e FROM Employer e WHERE e.reviewItemId = :i", Employer.class)
                    .setParameter("i", item.id()).getResultList()) {
                switch (item.state()) {
                    case APPROVED -> e.qualification(EmployerState.VERIFIED, null, now);
                    case REJECTED, RETURNED -> e.qualification(EmployerState.REJECTED, item.lastRemark(), now);
                    default -> {
                        // back in review (resubmitted through the review API, or an approval revoked): the
                        // reviewer sees the employer's current data
                        e.qualification(EmployerState.PENDING, null, now);
                        reviews.setAttributes(item.id(), e.attributes());
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------ registration

    @Override
    public EmployerRegistered register(EmployerRegistration r, String remoteAddress) {
        if (r == null) {
            throw JiuyeException.invalid("name", "REQUIRED");
        }
        EmployerProfile given = r.profile() == null
                ? new EmployerProfile(null, null, null, null, null, null, null, null, null, null, null, null)
                : r.profile();
        // archive and hukou default to the seed forms' 单位不接收 / 不接收
        EmployerProfile p = normalize(new EmployerProfile(given.name(), given.creditCode(), given.nature(),
                given.industry(), given.location(), given.address(), given.postcode(), given.contactPerson(),
                given.phone(), given.email(), given.archive() == null ? ArchiveReceiving.notReceiving()
                        : given.archive(), given.hukou() == null ? HukouReceiving.notReceiving() : given.hukou()));
        String username = r.username() == null ? null : r.username().strip();
        char[] password = r.password() == null ? new char[0] : r.password();
        Validation v = validate(p);
        v.required("username", username, 64).matches("username", username, USERNAME, "USERNAME_FORMAT");
        try {
            accounts.checkPassword("password", password);
        } catch (JiuyeException weak) {
            weak.fieldErrors().forEach(f -> v.check(false, f.field(), f.code(), f.args().toArray()));
        }
        v.orThrow();
        String passwordHash = accounts.hashPassword(password);
        try {
            return tx.inTransaction(em -> {
                SchoolRef home = blank(r.homeSchoolId()) ? null : school(r.homeSchoolId().strip());
                requireUnknownCode(em, p.creditCode(), null);
                Instant now = clock.instant();
                Employer e = new Employer(p, home, now);
                em.persist(e);
                Accounts.Account account = accounts.create(username, p.name(), Role.EMPLOYER, e.getPublicId(),
                        passwordHash);
                if (home != null) {
                    startReview(e, account.id(), home, now);
                }
                em.flush();
                audit.record(REGISTRATION, AuditLog.SUCCESS, username, Role.EMPLOYER.name(),
                        home == null ? null : home.id(), e.getPublicId(), p.creditCode() + " " + p.name(),
                        remoteAddress);
                return new EmployerRegistered(e.toDto(), account.user());
            });
        } catch (JiuyeException e) {
            if (e.error() == CoreError.EMPLOYER_ALREADY_REGISTERED) {
                // written after the failed transaction rolled back, so that the attempt stays on record
                audit.record(REGISTRATION, AuditLog.FAILURE, username,
                        Role.EMPLOYER.name(), null, null, "credit code already registered: " + p.creditCode(),
                        remoteAddress);
            }
            throw e;
        }
    }

    /** Refuses a credit code another employer (not {@code self}) already holds: one employer per code. */
    private static void requireUnknownCode(EntityManager em, String creditCode, Employer self) {
        boolean taken = em.createQuery("SELECT e FROM Employer e WHERE e.creditCode = :c", Employer.class)
                .setParameter("c", creditCode).getResultList().stream().anyMatch(e -> e != self);
        if (taken) {
            throw new JiuyeException(CoreError.EMPLOYER_ALREADY_REGISTERED);
        }
    }

    private void startReview(Employer e, long submitterUserId, SchoolRef school, Instant now) {
        ReviewItemView item = reviews.submit(new ReviewSubmission(TYPE, submitterUserId, school.id(), e.getPublicId(),
                e.attributes()));
        e.submitted(item, school, now);
    }

    // ------------------------------------------------------------------ the employer's own

    @Override
    public EmployerDto mine(Principal caller) {
        return tx.inTransaction(em -> own(em, caller).toDto());
    }

    /** The employer of a calling employer account. */
    private static Employer own(EntityManager em, Principal caller) {
        if (!caller.is(Role.EMPLOYER) || caller.employerId() == null) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        return employer(em, caller.employerId());
    }

    private static Employer employer(EntityManager em, String publicId) {
        return Versioned.byPublicId(em, Employer.class, publicId);
    }

    private boolean inReview(Employer e) {
        return e.getReviewItemId() != null
                && reviews.find(e.getReviewItemId()).map(i -> i.state().isOpen()).orElse(false);
    }

    @Override
    public EmployerDto update(Principal caller, EmployerProfile changes, long expectedVersion) {
        if (changes == null) {
            throw JiuyeException.invalid("name", "REQUIRED");
        }
        EmployerProfile given = normalize(changes);
        return tx.inTransaction(em -> {
            Employer e = own(em, caller);
            e.expectVersion(expectedVersion);
            if (inReview(e)) {
                throw new JiuyeException(CoreError.EMPLOYER_IN_REVIEW);
            }
            EmployerProfile before = e.profile();
            EmployerProfile merged = merge(before, given);
            Validation v = validate(merged);
            if (e.isVerified()) {
                // what was verified stays: name and credit code are the employer's identity
                v.check(Objects.equals(before.name(), merged.name()), "name", "EMPLOYER_IDENTITY_LOCKED");
                v.check(Objects.equals(before.creditCode(), merged.creditCode()), "creditCode",
                        "EMPLOYER_IDENTITY_LOCKED");
            }
            v.orThrow();
            if (!Objects.equals(before.creditCode(), merged.creditCode())) {
                requireUnknownCode(em, merged.creditCode(), e);
            }
            e.assign(merged, clock.instant());
            em.flush();
            audit.success(PROFILE_CHANGED, caller, null, e.getPublicId(),
                    changed(before, merged));
            return e.toDto();
        });
    }

    /** The names of the fields that differ, for the audit. */
    private static String changed(EmployerProfile a, EmployerProfile b) {
        List<String> fields = new ArrayList<>();
        Map<String, Object[]> pairs = new java.util.LinkedHashMap<>();
        pairs.put("name", new Object[] {a.name(), b.name()});
        pairs.put("creditCode", new Object[] {a.creditCode(), b.creditCode()});
        pairs.put("nature", new Object[] {a.nature(), b.nature()});
        pairs.put("industry", new Object[] {a.industry(), b.industry()});
        pairs.put("location", new Object[] {a.location(), b.location()});
        pairs.put("address", new Object[] {a.address(), b.address()});
        pairs.put("postcode", new Object[] {a.postcode(), b.postcode()});
        pairs.put("contactPerson", new Object[] {a.contactPerson(), b.contactPerson()});
        pairs.put("phone", new Object[] {a.phone(), b.phone()});
        pairs.put("email", new Object[] {a.email(), b.email()});
        pairs.put("archive", new Object[] {a.archive(), b.archive()});
        pairs.put("hukou", new Object[] {a.hukou(), b.hukou()});
        pairs.forEach((k, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                fields.add(k);
            }
        });
        return fields.isEmpty() ? "no change" : String.join(",", fields);
    }

    @Override
    public EmployerDto submit(Principal caller, String homeSchoolId, long expectedVersion) {
        return tx.inTransaction(em -> {
            Employer e = own(em, caller);
            e.expectVersion(expectedVersion);
            if (inReview(e)) {
                throw new JiuyeException(CoreError.EMPLOYER_IN_REVIEW);
            }
            if (e.isVerified()) {
                throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
            }
            SchoolRef school = !blank(homeSchoolId) ? school(homeSchoolId.strip())
                    : e.getHomeSchoolId() == null ? null : schools.byId(e.getHomeSchoolId()).orElse(null);
            if (school == null) {
                throw JiuyeException.invalid("homeSchoolId", "REQUIRED");
            }
            long actor = accounts.idOf(caller);
            Instant now = clock.instant();
            Optional<ReviewItemView> item = e.getReviewItemId() == null ? Optional.empty()
                    : reviews.find(e.getReviewItemId());
            if (item.isEmpty() || item.get().schoolId() != school.id()) {
                // first submission, or another school: a new item there (the old one keeps its trail)
                startReview(e, actor, school, now);
            } else {
                // any account of the employer resubmits on behalf of the account that submitted first
                e.submitted(reviews.resubmit(item.get().id(), actor, e.attributes()), school, now);
            }
            em.flush();
            return e.toDto();
        });
    }

    // ------------------------------------------------------------------ admins

    @Override
    public Page<EmployerDto> list(Principal caller, EmployerState state, String query, PageRequest page) {
        return tx.inTransaction(em -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            switch (caller.role()) {
                case OPERATOR, SYSTEM -> {
                    // every employer
                }
                case SCHOOL_ADMIN -> {
                    where.add("(e.homeSchoolId = :school OR e.state = :verified)");
                    params.put("school", schools.byPublicId(caller.schoolId())
                            .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND)).id());
                    params.put("verified", EmployerState.VERIFIED);
                }
                default -> throw new JiuyeException(CoreError.FORBIDDEN);
            }
            if (state != null) {
                where.add("e.state = :state");
                params.put("state", state);
            }
            if (!blank(query)) {
                where.add("(e.name LIKE :q OR e.creditCode LIKE :code)");
                params.put("q", "%" + query.strip() + "%");
                params.put("code", "%" + CreditCodes.normalize(query) + "%");
            }
            // an employer row holds ids and public ids, no relations: a page is one statement
            return new Keyset("Employer", String.join(" AND ", where), params, true).page(em, Employer.class,
                    page, Employer::toDto);
        });
    }

    @Override
    public byte[] export(Principal caller, EmployerState state, String query) {
        return XlsxExport.write("用人单位", List.of("单位名称", "统一社会信用代码", "单位性质", "行业", "所在地", "联系人",
                "联系电话", "电子邮箱", "状态", "注册时间"),
                cursor -> list(caller, state, query, new PageRequest(PageRequest.MAX_LIMIT, cursor, false)),
                e -> new Object[] {e.name(), e.creditCode(), e.nature() == null ? null : e.nature().label().zh(),
                    e.industry() == null ? null : e.industry().label().zh(), e.location(), e.contactPerson(),
                    e.phone(), e.email(), e.state().label().zh(), e.registeredAt()})
                .workbook();
    }

    @Override
    public EmployerDto get(Principal caller, String employerId) {
        return tx.inTransaction(em -> {
            Employer e = employer(em, employerId);
            switch (caller.role()) {
                case OPERATOR, SYSTEM -> {
                }
                case EMPLOYER -> {
                    if (!Objects.equals(caller.employerId(), e.getPublicId())) {
                        throw new JiuyeException(CoreError.FORBIDDEN);
                    }
                }
                case SCHOOL_ADMIN -> {
                    boolean home = Objects.equals(e.getHomeSchoolRef(), caller.schoolId());
                    if (!home && !e.isVerified()) {
                        throw new JiuyeException(CoreError.OUT_OF_SCOPE);
                    }
                }
                default -> throw new JiuyeException(CoreError.FORBIDDEN);
            }
            return e.toDto();
        });
    }

    // ------------------------------------------------------------------ data

    /** A school named in a request body: unknown ones are a field error, not a missing resource. */
    private SchoolRef school(String publicId) {
        return schools.byPublicId(publicId)
                .orElseThrow(() -> JiuyeException.invalid("homeSchoolId", "SCHOOL_UNKNOWN"));
    }

    /** Strips text fields (blank ones become null) and upper-cases the credit code. */
    static EmployerProfile normalize(EmployerProfile p) {
        ArchiveReceiving a = p.archive();
        HukouReceiving h = p.hukou();
        return new EmployerProfile(text(p.name()), CreditCodes.normalize(text(p.creditCode())), p.nature(),
                p.industry(), text(p.location()), text(p.address()), text(p.postcode()), text(p.contactPerson()),
                text(p.phone()), text(p.email()),
                a == null ? null : new ArchiveReceiving(a.receives(), text(a.forwardingUnit()),
                        text(a.forwardingAddress()), text(a.forwardingPostcode()), text(a.forwardingContact()),
                        text(a.forwardingPhone())),
                h == null ? null : new HukouReceiving(h.type(), text(h.details())));
    }

    /** The current profile with the given (non-null) changes; archive and hukou are replaced as a whole. */
    static EmployerProfile merge(EmployerProfile current, EmployerProfile c) {
        return new EmployerProfile(pick(c.name(), current.name()), pick(c.creditCode(), current.creditCode()),
                pick(c.nature(), current.nature()), pick(c.industry(), current.industry()),
                pick(c.location(), current.location()), pick(c.address(), current.address()),
                pick(c.postcode(), current.postcode()), pick(c.contactPerson(), current.contactPerson()),
                pick(c.phone(), current.phone()), pick(c.email(), current.email()),
                pick(c.archive(), current.archive()), pick(c.hukou(), current.hukou()));
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }

    /** Checks a complete profile; the returned validation may collect more before it throws. */
    static Validation validate(EmployerProfile p) {
        Validation v = new Validation();
        v.required("name", p.name(), 100);
        v.required("creditCode", p.creditCode(), CreditCodes.LENGTH * 2);
        v.check(p.creditCode() == null || CreditCodes.isValid(p.creditCode()), "creditCode", "CREDIT_CODE_INVALID");
        v.check(p.nature() != null, "nature", "REQUIRED");
        v.check(p.industry() != null, "industry", "REQUIRED");
        v.required("location", p.location(), 100);
        v.required("address", p.address(), 200);
        v.required("postcode", p.postcode(), 6).matches("postcode", p.postcode(), POSTCODE, "POSTCODE_INVALID");
        v.required("contactPerson", p.contactPerson(), 50);
        v.required("phone", p.phone(), 20).matches("phone", p.phone(), TELEPHONE, "TELEPHONE_INVALID");
        v.required("email", p.email(), 100).matches("email", p.email(), EMAIL, "EMAIL_INVALID");
        ArchiveReceiving a = p.archive();
        if (a == null || a.receives() == null) {
            v.check(false, "archive.receives", "REQUIRED");
        } else if (a.receives()) {
            v.required("archive.forwardingUnit", a.forwardingUnit(), 100);
            v.required("archive.forwardingAddress", a.forwardingAddress(), 200);
            v.required("archive.forwardingPostcode", a.forwardingPostcode(), 6)
                    .matches("archive.forwardingPostcode", a.forwardingPostcode(), POSTCODE, "POSTCODE_INVALID");
            v.required("archive.forwardingContact", a.forwardingContact(), 50);
            v.required("archive.forwardingPhone", a.forwardingPhone(), 20)
                    .matches("archive.forwardingPhone", a.forwardingPhone(), TELEPHONE, "TELEPHONE_INVALID");
        }
        HukouReceiving h = p.hukou();
        if (h == null || h.type() == null) {
            v.check(false, "hukou.type", "REQUIRED");
        } else if (h.type().receives()) {
            v.required("hukou.details", h.details(), 200);
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? null : s.isBlank() ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
