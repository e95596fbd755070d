package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.Registration;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.module.Accounts;
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Student registration against the school's imported records (R-ACC-2): the keys the school chose must all match
 * exactly one record of the cohort; the account is linked to it and named {@code <studentNumber>@<schoolCode>}.
 */
@Component(service = RegistrationService.class)
public class RegistrationServiceImpl implements RegistrationService {
    private static final String REGISTRATION = "REGISTRATION";

    private final Transactions tx;
    private final Accounts accounts;
    private final Schools schools;
    private final AuditLog audit;

    @Activate
    public RegistrationServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx,
            @Reference Accounts accounts, @Reference Schools schools, @Reference AuditLog audit) {
        this.tx = tx;
        this.accounts = accounts;
        this.schools = schools;
        this.audit = audit;
    }

    static Set<MatchKey> parse(String stored) {
        Set<MatchKey> keys = EnumSet.noneOf(MatchKey.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(MatchKey::valueOf)
                .forEach(keys::add);
        return keys;
    }

    @Override
    public Page<SchoolDto> schools(String query, PageRequest page) {
        return schools.search(query, page);
    }

    @Override
    public Set<MatchKey> matchKeys(String schoolId) {
        long school = schools.require(schoolId).id();
        return tx.inTransaction(em -> parse(GraduateSchoolSettings.of(em, school).getRegistrationKeys()));
    }

    @Override
    public Set<MatchKey> setMatchKeys(Principal caller, String schoolId, Set<MatchKey> keys) {
        if (keys == null || !(keys.contains(MatchKey.STUDENT_NUMBER) || keys.contains(MatchKey.ID_NUMBER))) {
            throw JiuyeException.invalid("keys", "MATCH_KEYS_IDENTIFY");
        }
        SchoolRef school = schools.require(schoolId);
        Scopes.requireManage(caller, school.publicId());
        return tx.inTransaction(em -> {
            String stored = EnumSet.copyOf(keys).stream().map(Enum::name).collect(Collectors.joining(","));
            GraduateSchoolSettings.forUpdate(em, school.id()).setRegistrationKeys(stored);
            em.flush();
            audit.success("REGISTRATION_KEYS_CHANGED", caller, school.id(), school.publicId(), stored);
            return parse(stored);
        });
    }

    @Override
    public UserDto register(Registration r, String remoteAddress) {
        if (r == null || r.schoolId() == null) {
            throw JiuyeException.invalid("schoolId", "REQUIRED");
        }
        char[] password = r.password() == null ? new char[0] : r.password();
        accounts.checkPassword("password", password);
        String hash = accounts.hashPassword(password);
        try {
            return register(r, hash, remoteAddress);
        } catch (JiuyeException e) {
            if (e.error() == CoreError.REGISTRATION_NO_MATCH) {
                // written after the failed transaction rolled back, so that the attempt stays on record
                audit.record(REGISTRATION, AuditLog.FAILURE, r.studentNumber(), Role.STUDENT.name(),
                        null, r.schoolId(), "no single match for year " + r.graduationYear(), remoteAddress);
            }
            throw e;
        }
    }

    private UserDto register(Registration r, String hash, String remoteAddress) {
        SchoolRef school = schools.require(r.schoolId());
        return tx.inTransaction(em -> {
            Set<MatchKey> keys = parse(GraduateSchoolSettings.of(em, school.id()).getRegistrationKeys());
            requireKeys(keys, r);
            StringBuilder jpql = new StringBuilder(
                    "SELECT g FROM Graduate g WHERE g.schoolId = :school AND g.graduationYear = :year");
            if (keys.contains(MatchKey.STUDENT_NUMBER)) {
                jpql.append(" AND g.studentNumber = :number");
            }
            if (keys.contains(MatchKey.ID_NUMBER)) {
                jpql.append(" AND g.idNumber = :id");
            }
            if (keys.contains(MatchKey.NAME)) {
                jpql.append(" AND g.name = :name");
            }
            if (keys.contains(MatchKey.EDUCATION_LEVEL)) {
                jpql.append(" AND g.educationLevel = :level");
            }
            TypedQuery<Graduate> q = em.createQuery(jpql.toString(), Graduate.class)
                    .setParameter("school", school.id()).setParameter("year", r.graduationYear());
            if (keys.contains(MatchKey.STUDENT_NUMBER)) {
                q.setParameter("number", r.studentNumber().strip());
            }
            if (keys.contains(MatchKey.ID_NUMBER)) {
                q.setParameter("id", r.idNumber().strip().toUpperCase(Locale.ROOT));
            }
            if (keys.contains(MatchKey.NAME)) {
                q.setParameter("name", r.name().strip());
            }
            if (keys.contains(MatchKey.EDUCATION_LEVEL)) {
                q.setParameter("level", r.educationLevel());
            }
            List<Graduate> found = q.setMaxResults(2).getResultList();
            if (found.size() != 1) {
                throw new JiuyeException(CoreError.REGISTRATION_NO_MATCH);
            }
            Graduate g = found.get(0);
            if (g.getUserId() != null) {
                throw new JiuyeException(CoreError.ALREADY_REGISTERED);
            }
            String username = g.getStudentNumber() + "@" + school.code();
            if (accounts.usernameTaken(username)) {
                throw new JiuyeException(CoreError.ALREADY_REGISTERED);
            }
            Accounts.Account account = accounts.createStudent(username, g.getName(), school.id(), g.getCollegeId(),
                    hash);
            g.registeredAs(account);
            em.flush();
            audit.record(REGISTRATION, AuditLog.SUCCESS, username, Role.STUDENT.name(), school.id(),
                    account.user().id(), null, remoteAddress);
            return account.user();
        });
    }

    /** Every key the school asks for must be given. */
    private static void requireKeys(Set<MatchKey> keys, Registration r) {
        List<JiuyeException.FieldError> missing = new java.util.ArrayList<>();
        if (keys.contains(MatchKey.STUDENT_NUMBER) && blank(r.studentNumber())) {
            missing.add(JiuyeException.FieldError.of("studentNumber", "REQUIRED"));
        }
        if (keys.contains(MatchKey.NAME) && blank(r.name())) {
            missing.add(JiuyeException.FieldError.of("name", "REQUIRED"));
        }
        if (keys.contains(MatchKey.ID_NUMBER) && blank(r.idNumber())) {
            missing.add(JiuyeException.FieldError.of("idNumber", "REQUIRED"));
        }
        if (keys.contains(MatchKey.EDUCATION_LEVEL) && r.educationLevel() == null) {
            missing.add(JiuyeException.FieldError.of("educationLevel", "REQUIRED"));
        }
        if (!missing.isEmpty()) {
            throw JiuyeException.invalid(missing);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
