package io.jiuye.core.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.Authentication;
import io.jiuye.api.account.Session;
import io.jiuye.api.account.UserDto;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.persistence.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /me} is the token check, which reads the account in the same statement: no cache, so a logout or a
 * disabled account stops the token at once on every node sharing the database.
 */
class MeStatementsTest {
    private TestPlatform p;
    private TestPlatform.School s;
    private Session session;
    private SqlStatements sql;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        s = p.school("S1");
        p.users.create(TestPlatform.operator(), new NewUser("cs.admin", "计科学院", Role.COLLEGE_ADMIN,
                s.school.id(), s.collegeA.id(), null, "Passw0rdX".toCharArray()));
        session = p.auth.login("cs.admin", "Passw0rdX".toCharArray(), null);
        sql = SqlStatements.attach(p.tx);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void theTokenCheckAndTheAccountAreOneStatementEach() {
        SqlStatements.Measured<Principal> auth = sql.measure(() -> p.auth.authenticate(session.token()));
        assertEquals(1, auth.statements(), "session, account, school and college in one statement: " + sql.lastStatements());
        Principal me = auth.result();
        assertEquals(s.school.id(), me.schoolId());
        assertEquals(s.collegeA.id(), me.collegeId());

        SqlStatements.Measured<UserDto> get = sql.measure(() -> p.users.get(me, me.userId()));
        assertEquals(1, get.statements(), "account with school and college in one statement");
        assertEquals("cs.admin", get.result().username());
        assertEquals(s.collegeA.id(), get.result().collegeId());
    }

    /** What {@code GET /me} uses: the token check gives the account too, still one statement. */
    @Test
    void theTokenCheckWithTheAccountIsOneStatement() {
        SqlStatements.Measured<Authentication> auth = sql.measure(() -> p.auth.authenticateWithAccount(
                session.token()));
        assertEquals(1, auth.statements(), sql.lastStatements().toString());
        assertEquals(auth.result().principal().userId(), auth.result().account().id());
        assertEquals("cs.admin", auth.result().account().username());
        assertEquals(s.collegeA.id(), auth.result().account().collegeId());
        assertEquals(p.users.get(auth.result().principal(), auth.result().principal().userId()),
                auth.result().account(), "the same account as the account read");
        p.auth.logout(session.token());
        assertEquals(CoreError.UNAUTHENTICATED, assertThrows(JiuyeException.class,
                () -> p.auth.authenticateWithAccount(session.token())).error());
    }

    @Test
    void aTokenStopsWorkingAtOnceWhenItsSessionEnds() {
        // a second "node": another store would share the database; here the same transactions suffice, because
        // nothing about the session is kept between calls
        Principal me = p.auth.authenticate(session.token());
        p.auth.logout(session.token());
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.auth.authenticate(session.token()));
        assertEquals(CoreError.UNAUTHENTICATED, e.error());

        Session again = p.auth.login("cs.admin", "Passw0rdX".toCharArray(), null);
        p.auth.authenticate(again.token());
        p.users.disable(TestPlatform.operator(), me.userId(), p.users.get(TestPlatform.operator(), me.userId())
                .version());
        assertThrows(JiuyeException.class, () -> p.auth.authenticate(again.token()));
    }
}
