package io.jiuye.core.internal.account;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.module.Accounts;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Accounts}: self-registered logins, checked by the password rules and stored hashed. */
@Component(service = Accounts.class)
public class AccountsImpl implements Accounts {
    private final Transactions tx;
    private final Clock clock;
    private final PasswordHasher hasher;

    @Activate
    public AccountsImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PasswordHasher hasher) {
        this.tx = tx;
        this.clock = clock;
        this.hasher = hasher;
    }

    @Override
    public void checkPassword(String field, char[] password) {
        PasswordPolicy.check(field, password);
    }

    @Override
    public String hashPassword(char[] password) {
        return hasher.hash(password);
    }

    @Override
    public Account create(String username, String displayName, Role role, String employerRef, String passwordHash) {
        if (role != Role.EMPLOYER) {
            // a student's login belongs to a school and a college: createStudent
            throw new IllegalArgumentException("create makes employer logins only, not " + role);
        }
        return tx.inTransaction(em -> {
            UserAccount.requireFreeUsername(em, username);
            UserAccount account = new UserAccount(username, displayName, role, null, null, employerRef, passwordHash,
                    clock.instant());
            em.persist(account);
            em.flush();
            return new Account(account.getId(), account.toDto());
        });
    }

    @Override
    public Account createStudent(String username, String displayName, long schoolId, long collegeId,
            String passwordHash) {
        return tx.inTransaction(em -> {
            UserAccount.requireFreeUsername(em, username);
            School school = em.find(School.class, schoolId);
            College college = em.find(College.class, collegeId);
            if (school == null || college == null || college.getSchool().getId() != schoolId) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            UserAccount account = new UserAccount(username, displayName, Role.STUDENT, school, college, null,
                    passwordHash, clock.instant());
            em.persist(account);
            em.flush();
            return new Account(account.getId(), account.toDto());
        });
    }

    @Override
    public boolean usernameTaken(String username) {
        return tx.inTransaction(em -> UserAccount.usernameTaken(em, username));
    }

    @Override
    public long idOf(Principal caller) {
        if (caller.userId() == null) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return tx.inTransaction(em -> em.createQuery("SELECT a.id FROM UserAccount a WHERE a.publicId = :id",
                Long.class).setParameter("id", caller.userId()).getResultList().stream().findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND)));
    }
}
