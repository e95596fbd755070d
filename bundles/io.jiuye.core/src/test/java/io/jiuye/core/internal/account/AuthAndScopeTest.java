package io.jiuye.core.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.Session;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.audit.SecurityEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins, tokens and the tenant scope of every kind of caller. */
class AuthAndScopeTest {
    private TestPlatform p;
    private TestPlatform.School s;
    private TestPlatform.School other;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        s = p.school("S1");
        other = p.school("S2");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private static void assertRefused(CoreError code, Runnable r) {
        JiuyeException e = assertThrows(JiuyeException.class, r::run);
        assertEquals(code, e.error());
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlikeAndAreAudited() {
        assertRefused(CoreError.INVALID_CREDENTIALS, () -> p.auth.login("S1.student", "wrong".toCharArray(), "1.2.3.4"));
        assertRefused(CoreError.INVALID_CREDENTIALS, () -> p.auth.login("nobody", "Passw0rdX".toCharArray(), null));
        List<SecurityEvent> failures = p.tx.inTransaction(em -> em.createQuery(
                "SELECT e FROM SecurityEvent e WHERE e.event = 'LOGIN' AND e.outcome = 'FAILURE'", SecurityEvent.class)
                .getResultList());
        assertEquals(2, failures.size());
    }

    @Test
    void tokensAreOpaqueStoredHashedAndExpire() {
        Session session = p.auth.login("S1.student", "Passw0rdX".toCharArray(), null);
        assertTrue(session.token().length() >= 43);
        Long stored = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(s) FROM AuthSession s WHERE s.tokenHash = :t",
                Long.class).setParameter("t", session.token()).getSingleResult());
        assertEquals(0L, stored);
        assertEquals(Role.STUDENT, p.auth.authenticate(session.token()).role());
        p.clock.advance(Duration.ofHours(8));
        assertRefused(CoreError.TOKEN_EXPIRED, () -> p.auth.authenticate(session.token()));
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate("made-up-token"));
    }

    @Test
    void logoutEndsTheSession() {
        Session session = p.auth.login("S1.student", "Passw0rdX".toCharArray(), null);
        p.auth.logout(session.token());
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate(session.token()));
    }

    @Test
    void disablingAUserRefusesItsLoginAndItsLiveTokens() {
        Session session = p.auth.login("S1.student2", "Passw0rdX".toCharArray(), null);
        var user = p.users.get(s.schoolAdmin, s.student2.userId());
        p.users.disable(s.schoolAdmin, user.id(), user.version());
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate(session.token()));
        assertRefused(CoreError.ACCOUNT_DISABLED, () -> p.auth.login("S1.student2", "Passw0rdX".toCharArray(), null));
    }

    @Test
    void passwordsAreHashedWithAKdfAndChecked() {
        PasswordHasher h = new PasswordHasher(1_000);
        String a = h.hash("Secret123".toCharArray());
        String b = h.hash("Secret123".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(h.verify("Secret123".toCharArray(), a));
        assertTrue(!h.verify("secret123".toCharArray(), a));
        assertRefused(CoreError.VALIDATION_FAILED, () -> p.users.create(TestPlatform.operator(),
                new NewUser("weak.one", "Weak", Role.STUDENT, null, s.collegeA.id(), null, "alllower1".toCharArray())));
    }

    @Test
    void generatedPasswordsAreShownOnceAndWork() {
        CreatedUser c = p.users.create(s.schoolAdmin, new NewUser("S1.new", "新同学", Role.STUDENT, null,
                s.collegeA.id(), null, null));
        assertNotNull(c.initialPassword());
        assertEquals(Role.STUDENT, p.auth.authenticate(p.auth.login("S1.new", c.initialPassword().toCharArray(),
                null).token()).role());
    }

    @Test
    void rolesAndTenantsAreCheckedOnEveryCall() {
        assertRefused(CoreError.FORBIDDEN, () -> p.tenancy.createSchool(s.schoolAdmin, "X1", "X", null));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.tenancy.createCollege(s.schoolAdmin, other.school.id(), "Z",
                "Z"));
        assertRefused(CoreError.FORBIDDEN, () -> p.tenancy.createCollege(s.adminA, s.school.id(), "Z", "Z"));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.tenancy.school(s.student, other.school.id()));
        assertRefused(CoreError.FORBIDDEN, () -> p.users.create(s.student, new NewUser("x.y", "x", Role.STUDENT,
                null, s.collegeA.id(), null, null)));
        assertRefused(CoreError.FORBIDDEN, () -> p.users.create(s.schoolAdmin, new NewUser("x.op", "x",
                Role.OPERATOR, null, null, null, null)));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.users.create(s.adminA, new NewUser("x.z", "x", Role.STUDENT,
                null, s.collegeB.id(), null, null)));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.users.create(s.schoolAdmin, new NewUser("x.w", "x",
                Role.STUDENT, null, other.collegeA.id(), null, null)));
        assertRefused(CoreError.NOT_FOUND, () -> p.users.get(s.student, s.student2.userId()));
        assertRefused(CoreError.NOT_FOUND, () -> p.users.get(s.adminA, other.student.userId()));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.users.list(s.schoolAdmin, other.school.id(), null, null,
                PageRequest.firstPage()));

        List<String> seenByCollegeA = p.users.list(s.adminA, null, null, null, PageRequest.firstPage()).items()
                .stream().map(u -> u.username()).toList();
        assertEquals(List.of("S1.adminA", "S1.student", "S1.student2"), seenByCollegeA);
        assertEquals(List.of(s.school.id()), p.tenancy.schools(s.schoolAdmin, null, PageRequest.firstPage()).items()
                .stream().map(x -> x.id()).toList());
    }

    @Test
    void listsPageByCursor() {
        Principal op = TestPlatform.operator();
        for (int i = 0; i < 7; i++) {
            p.tenancy.createSchool(op, "P" + i, "学校P" + i, null);
        }
        var first = p.tenancy.schools(op, null, new PageRequest(4, null, true));
        assertEquals(4, first.items().size());
        assertEquals(9L, first.total());
        var second = p.tenancy.schools(op, null, new PageRequest(4, first.nextCursor(), false));
        var third = p.tenancy.schools(op, null, new PageRequest(4, second.nextCursor(), false));
        assertEquals(4, second.items().size());
        assertEquals(1, third.items().size());
        assertEquals(null, third.nextCursor());
        assertRefused(CoreError.VALIDATION_FAILED, () -> p.tenancy.schools(op, null,
                new PageRequest(4, "garbage!", false)));
    }

    @Test
    void onlyOneOperatorIsBootstrapped() {
        CreatedUser first = p.users.bootstrapOperator("root");
        assertNotNull(first.initialPassword());
        assertRefused(CoreError.DUPLICATE, () -> p.users.bootstrapOperator("root2"));
    }
}
