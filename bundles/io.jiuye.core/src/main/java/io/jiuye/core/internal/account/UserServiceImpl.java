package io.jiuye.core.internal.account;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.account.UserService;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.tenancy.TenantScope;
import io.jiuye.core.module.Validation;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * User accounts. Who may create whom: the operator anybody; a school admin college admins and students of the
 * school; a college admin students of the college. Employer accounts come with employer registration.
 */
@Component(service = UserService.class)
public class UserServiceImpl implements UserService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final Transactions tx;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SecurityAuditLog audit;

    @Activate
    public UserServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PasswordHasher hasher,
            @Reference SecurityAuditLog audit) {
        this.tx = tx;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
    }

    @Override
    public CreatedUser create(Principal caller, NewUser u) {
        new Validation().required("username", u.username(), 64)
                .matches("username", u.username(), USERNAME, "USERNAME_FORMAT")
                .required("displayName", u.displayName(), 100)
                .check(u.role() != null && u.role().isAccountRole(), "role", "ROLE_INVALID").orThrow();
        String password = u.password() == null || u.password().length == 0 ? PasswordPolicy.generate()
                : new String(u.password());
        if (u.password() != null && u.password().length > 0) {
            PasswordPolicy.check("password", u.password());
        }
        String hash = hasher.hash(password.toCharArray());
        return tx.inTransaction(em -> {
            School school = null;
            College college = null;
            switch (u.role()) {
                case STUDENT, COLLEGE_ADMIN -> {
                    college = TenancyLookup.college(em, required(u.collegeId(), "collegeId"));
                    school = college.getSchool();
                    if (u.schoolId() != null && !u.schoolId().equals(school.getPublicId())) {
                        throw JiuyeException.invalid("collegeId", "COLLEGE_NOT_IN_SCHOOL");
                    }
                }
                case SCHOOL_ADMIN -> school = TenancyLookup.school(em, required(u.schoolId(), "schoolId"));
                case EMPLOYER -> required(u.employerId(), "employerId");
                default -> {
                }
            }
            requireMayCreate(caller, u.role(), school, college);
            UserAccount.requireFreeUsername(em, u.username());
            UserAccount a = new UserAccount(u.username(), u.displayName().strip(), u.role(), school, college,
                    u.role() == Role.EMPLOYER ? u.employerId() : null, hash, clock.instant());
            em.persist(a);
            audit.success(SecurityAuditLog.Event.USER_CREATED, caller, school == null ? null : school.getId(),
                    a.getPublicId(), u.role() + " " + u.username());
            return new CreatedUser(a.toDto(), u.password() == null || u.password().length == 0 ? password : null);
        });
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw JiuyeException.invalid(field, "REQUIRED");
        }
        return value;
    }

    static void requireMayCreate(Principal caller, Role role, School school, College college) {
        switch (caller.role()) {
            case OPERATOR, SYSTEM -> {
            }
            case SCHOOL_ADMIN -> {
                if (role != Role.STUDENT && role != Role.COLLEGE_ADMIN) {
                    throw new JiuyeException(CoreError.FORBIDDEN);
                }
                TenantScope.requireManage(caller, school);
            }
            case COLLEGE_ADMIN -> {
                if (role != Role.STUDENT) {
                    throw new JiuyeException(CoreError.FORBIDDEN);
                }
                TenantScope.requireManage(caller, college);
            }
            default -> throw new JiuyeException(CoreError.FORBIDDEN);
        }
    }

    @Override
    public UserDto get(Principal caller, String userId) {
        return tx.inTransaction(em -> {
            // one statement: the account with its school and college joined
            List<UserAccount> found = userId == null ? List.of() : em.createQuery(
                    "SELECT a FROM UserAccount a WHERE a.publicId = :id", UserAccount.class)
                    .setParameter("id", userId)
                    .setHint("eclipselink.left-join-fetch", "a.school")
                    .setHint("eclipselink.left-join-fetch", "a.college")
                    // the college's own school, else read by a statement of its own
                    .setHint("eclipselink.left-join-fetch", "a.college.school")
                    .getResultList();
            if (found.isEmpty()) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            UserAccount a = found.get(0);
            requireMaySee(caller, a);
            return a.toDto();
        });
    }

    static void requireMaySee(Principal caller, UserAccount a) {
        if (Objects.equals(caller.userId(), a.getPublicId()) || caller.is(Role.OPERATOR)) {
            return;
        }
        boolean admin = (caller.is(Role.SCHOOL_ADMIN) || caller.is(Role.COLLEGE_ADMIN)) && a.getSchool() != null
                && TenantScope.administers(caller, a.getSchool(), a.getCollege());
        if (!admin) {
            // another person's account: its existence is nobody else's business
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
    }

    @Override
    public Page<UserDto> list(Principal caller, String schoolId, Role role, String query, PageRequest page) {
        return tx.inTransaction(em -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            switch (caller.role()) {
                case OPERATOR -> {
                    if (schoolId != null && !schoolId.isBlank()) {
                        where.add("e.school = :school");
                        params.put("school", TenancyLookup.school(em, schoolId));
                    }
                }
                case SCHOOL_ADMIN -> {
                    School own = TenancyLookup.school(em, caller.schoolId());
                    if (schoolId != null && !schoolId.equals(own.getPublicId())) {
                        throw new JiuyeException(CoreError.OUT_OF_SCOPE);
                    }
                    where.add("e.school = :school");
                    params.put("school", own);
                }
                case COLLEGE_ADMIN -> {
                    where.add("e.college = :college");
                    params.put("college", TenancyLookup.college(em, caller.collegeId()));
                }
                default -> throw new JiuyeException(CoreError.FORBIDDEN);
            }
            if (role != null) {
                where.add("e.role = :role");
                params.put("role", role);
            }
            if (query != null && !query.isBlank()) {
                where.add("(e.username LIKE :q OR e.displayName LIKE :q)");
                params.put("q", "%" + query.strip() + "%");
            }
            return new Keyset("UserAccount", String.join(" AND ", where), params, true).page(em, UserAccount.class,
                    page, UserAccount::toDto);
        });
    }

    @Override
    public UserDto disable(Principal caller, String userId, long expectedVersion) {
        return tx.inTransaction(em -> {
            UserAccount a = TenancyLookup.one(em, UserAccount.class, userId);
            requireMaySee(caller, a);
            if (Objects.equals(caller.userId(), a.getPublicId())) {
                throw new JiuyeException(CoreError.FORBIDDEN);
            }
            requireMayCreate(caller, a.getRole(), a.getSchool(), a.getCollege());
            a.expectVersion(expectedVersion);
            a.disable();
            endSessions(em, a, clock.instant());
            em.flush();
            audit.success(SecurityAuditLog.Event.USER_DISABLED, caller,
                    a.getSchool() == null ? null : a.getSchool().getId(), a.getPublicId(), a.getUsername());
            return a.toDto();
        });
    }

    static void endSessions(EntityManager em, UserAccount a, Instant at) {
        em.createQuery("SELECT s FROM AuthSession s WHERE s.user = :u AND s.endedAt IS NULL", AuthSession.class)
                .setParameter("u", a).getResultList().forEach(s -> s.end(at));
    }

    @Override
    public CreatedUser bootstrapOperator(String username) {
        new Validation().required("username", username, 64).matches("username", username, USERNAME,
                "USERNAME_FORMAT").orThrow();
        String password = PasswordPolicy.generate();
        String hash = hasher.hash(password.toCharArray());
        return tx.inTransaction(em -> {
            if (!em.createQuery("SELECT a.id FROM UserAccount a WHERE a.role = :r").setParameter("r", Role.OPERATOR)
                    .setMaxResults(1).getResultList().isEmpty()) {
                throw new JiuyeException(CoreError.DUPLICATE);
            }
            UserAccount.requireFreeUsername(em, username);
            UserAccount a = new UserAccount(username, "平台运维 Operator", Role.OPERATOR, null, null, null, hash,
                    clock.instant());
            em.persist(a);
            audit.success(SecurityAuditLog.Event.OPERATOR_BOOTSTRAPPED, Principal.system(), null, a.getPublicId(),
                    username);
            return new CreatedUser(a.toDto(), password);
        });
    }
}
