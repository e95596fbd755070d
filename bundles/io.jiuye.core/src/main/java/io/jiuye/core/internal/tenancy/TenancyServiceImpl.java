package io.jiuye.core.internal.tenancy;

import io.jiuye.core.module.Validation;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.tenancy.CohortDto;
import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.api.tenancy.MajorDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Schools, colleges, majors and cohorts, scoped by {@link TenantScope}. */
@Component(service = TenancyService.class)
public class TenancyServiceImpl implements TenancyService {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final Transactions tx;
    private final Clock clock;
    private final SecurityAuditLog audit;

    @Activate
    public TenancyServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference SecurityAuditLog audit) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public SchoolDto createSchool(Principal caller, String code, String name, String province) {
        TenantScope.requireRole(caller, Role.OPERATOR);
        new Validation().required("code", code, 20).matches("code", code, CODE, "CODE_FORMAT")
                .required("name", name, 100).optional("province", province, 40).orThrow();
        return tx.inTransaction(em -> {
            if (!em.createQuery("SELECT s.id FROM School s WHERE s.code = :c").setParameter("c", code)
                    .getResultList().isEmpty()) {
                throw JiuyeException.invalid("code", "CODE_TAKEN", code);
            }
            School s = new School(code, name.strip(), province, clock.instant());
            em.persist(s);
            em.flush();
            audit.success(SecurityAuditLog.Event.SCHOOL_CREATED, caller, s.getId(), s.getPublicId(), code);
            return s.toDto();
        });
    }

    @Override
    public SchoolDto school(Principal caller, String schoolId) {
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireRead(caller, s);
            return s.toDto();
        });
    }

    @Override
    public Page<SchoolDto> schools(Principal caller, String query, PageRequest page) {
        return tx.inTransaction(em -> {
            StringBuilder where = new StringBuilder();
            Map<String, Object> params = new java.util.HashMap<>();
            if (!caller.is(Role.OPERATOR)) {
                where.append("e.publicId = :own");
                params.put("own", caller.schoolId() == null ? "" : caller.schoolId());
            }
            if (query != null && !query.isBlank()) {
                where.append(where.isEmpty() ? "" : " AND ").append("(e.name LIKE :q OR e.code LIKE :q)");
                params.put("q", "%" + query.strip() + "%");
            }
            return new Keyset("School", where.toString(), params, true).page(em, School.class, page, School::toDto);
        });
    }

    @Override
    public CollegeDto createCollege(Principal caller, String schoolId, String code, String name) {
        new Validation().required("code", code, 20).matches("code", code, CODE, "CODE_FORMAT")
                .required("name", name, 100).orThrow();
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, s);
            if (!em.createQuery("SELECT c.id FROM College c WHERE c.school = :s AND c.code = :c")
                    .setParameter("s", s).setParameter("c", code).getResultList().isEmpty()) {
                throw JiuyeException.invalid("code", "CODE_TAKEN", code);
            }
            College c = new College(s, code, name.strip());
            em.persist(c);
            return c.toDto();
        });
    }

    @Override
    public Page<CollegeDto> colleges(Principal caller, String schoolId, PageRequest page) {
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireRead(caller, s);
            return new Keyset("College", "e.school = :s", Map.of("s", s), true).page(em, College.class, page,
                    College::toDto);
        });
    }

    @Override
    public MajorDto createMajor(Principal caller, String collegeId, String code, String name) {
        new Validation().required("code", code, 20).matches("code", code, CODE, "CODE_FORMAT")
                .required("name", name, 100).orThrow();
        return tx.inTransaction(em -> {
            College c = TenancyLookup.college(em, collegeId);
            TenantScope.requireManage(caller, c.getSchool());
            if (!em.createQuery("SELECT m.id FROM Major m WHERE m.college = :c AND m.code = :code")
                    .setParameter("c", c).setParameter("code", code).getResultList().isEmpty()) {
                throw JiuyeException.invalid("code", "CODE_TAKEN", code);
            }
            Major m = new Major(c, code, name.strip());
            em.persist(m);
            return m.toDto();
        });
    }

    @Override
    public Page<MajorDto> majors(Principal caller, String collegeId, PageRequest page) {
        return tx.inTransaction(em -> {
            College c = TenancyLookup.college(em, collegeId);
            TenantScope.requireRead(caller, c.getSchool());
            return new Keyset("Major", "e.college = :c", Map.of("c", c), true).page(em, Major.class, page,
                    Major::toDto);
        });
    }

    @Override
    public CohortDto createCohort(Principal caller, String schoolId, int graduationYear, String name,
            boolean current) {
        new Validation().check(graduationYear >= 2000 && graduationYear <= 2100, "graduationYear", "YEAR_RANGE",
                2000, 2100).optional("name", name, 50).orThrow();
        String label = name == null || name.isBlank() ? graduationYear + "届" : name.strip();
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, s);
            if (!em.createQuery("SELECT c.id FROM Cohort c WHERE c.school = :s AND c.graduationYear = :y")
                    .setParameter("s", s).setParameter("y", graduationYear).getResultList().isEmpty()) {
                throw JiuyeException.invalid("graduationYear", "COHORT_EXISTS", graduationYear);
            }
            if (current) {
                em.createQuery("SELECT c FROM Cohort c WHERE c.school = :s", Cohort.class).setParameter("s", s)
                        .getResultList().forEach(c -> c.setCurrent(false));
            }
            Cohort c = new Cohort(s, graduationYear, label, current);
            em.persist(c);
            return c.toDto();
        });
    }

    @Override
    public Page<CohortDto> cohorts(Principal caller, String schoolId, PageRequest page) {
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireRead(caller, s);
            return new Keyset("Cohort", "e.school = :s", Map.of("s", s), true).page(em, Cohort.class, page,
                    Cohort::toDto);
        });
    }

}
