package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.ErrorCode;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.PhoneVerification;
import io.jiuye.api.account.Registration;
import io.jiuye.api.account.Session;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceReviewChain;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.notify.Notifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verification codes, phone confirmation (R-ACC-3), passwords and login by phone (R-ACC-4). */
class PhoneAndPasswordTest {
    private static final char[] PASSWORD = "Zhang3san".toCharArray();
    private static final String PHONE = "15800002340";
    private static final String EMAIL = "zhang@example.com";

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private TestPlatform.School other;
    private Principal zhang;
    private Session zhangSession;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        other = p.school("S2");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        m.sourceInfo.setReviewChain(s.schoolAdmin, s.school.id(), SourceReviewChain.SCHOOL_ONLY);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1) + ",A,,本科,非定向,,"
                + PHONE + "," + EMAIL + "\n2026002,李四,女," + GraduateImportTest.id(2) + ",A,,本科,非定向,,,\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        m.registrations.register(new Registration(s.school.id(), 2026, "2026001", "张三", null, null, PASSWORD), null);
        zhangSession = p.auth.login("2026001@S1", PASSWORD, null);
        zhang = p.auth.authenticate(zhangSession.token());
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private static void assertRefused(ErrorCode code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aCodeIsSingleUseAndExpiresAfterTenMinutes() {
        m.phones.sendCode(zhang);
        String code = p.lastCode(PHONE);
        assertTrue(code.matches("\\d{6}"));
        p.clock.advance(Duration.ofMinutes(10));
        assertRefused(CoreError.CODE_EXPIRED, () -> m.phones.confirm(zhang, code));

        m.phones.sendCode(zhang);
        String second = p.lastCode(PHONE);
        PhoneVerification ok = m.phones.confirm(zhang, second);
        assertTrue(ok.verified());
        assertEquals("158****2340", ok.phone());
        assertRefused(CoreError.CODE_INVALID, () -> m.phones.confirm(zhang, second));
        // only its SHA-256 is stored
        assertEquals(0L, (long) p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM VerificationCode c WHERE"
                + " c.codeHash = :c", Long.class).setParameter("c", second).getSingleResult()));
    }

    @Test
    void fiveWrongAttemptsUseUpTheCode() {
        m.phones.sendCode(zhang);
        String code = p.lastCode(PHONE);
        for (int i = 0; i < 4; i++) {
            assertRefused(CoreError.CODE_INVALID, () -> m.phones.confirm(zhang, wrong(code)));
        }
        assertRefused(CoreError.CODE_ATTEMPTS_EXCEEDED, () -> m.phones.confirm(zhang, wrong(code)));
        assertRefused(CoreError.CODE_ATTEMPTS_EXCEEDED, () -> m.phones.confirm(zhang, code));
        assertFalse(m.phones.status(zhang).verified());
    }

    @Test
    void oneCodeAMinuteAndFiveAnHour() {
        m.phones.sendCode(zhang);
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.phones.sendCode(zhang));
        assertEquals(CoreError.CODE_RATE_LIMITED, e.error());
        assertEquals(429, e.error().status());
        for (int i = 0; i < 4; i++) {
            p.clock.advance(Duration.ofSeconds(61));
            m.phones.sendCode(zhang);
        }
        p.clock.advance(Duration.ofSeconds(61));
        assertRefused(CoreError.CODE_RATE_LIMITED, () -> m.phones.sendCode(zhang));
        p.clock.advance(Duration.ofMinutes(56));
        assertDoesNotThrow(() -> m.phones.sendCode(zhang));
        assertEquals(6, p.outbox.list(TestPlatform.operator(), PHONE, 50).size());
    }

    @Test
    void aChangedPhoneIsNoLongerVerified() {
        assertFalse(m.phones.status(zhang).verified());
        m.verifyPhone(zhang, PHONE);
        PhoneVerification v = m.phones.status(zhang);
        assertTrue(v.verified());
        assertNotNull(v.verifiedAt());
        assertEquals(1L, (long) p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE"
                + " e.event = 'PHONE_VERIFIED' AND e.outcome = 'SUCCESS'", Long.class).getSingleResult()));

        SourceInfoUpdate newPhone = new SourceInfoUpdate(EducationLevel.BACHELOR, true, false, null, null, null,
                "13900139000", null, null);
        m.sourceInfo.save(zhang, newPhone, m.sourceInfo.mine(zhang).version());
        PhoneVerification after = m.phones.status(zhang);
        assertFalse(after.verified());
        assertNull(after.verifiedAt());
        assertEquals("139****9000", after.phone());
        assertTrue(m.eligibility.mine(zhang).fails(io.jiuye.api.graduate.EligibilityReason.PHONE_NOT_VERIFIED));
    }

    @Test
    void onlyStudentsWithAPhoneAndAnSmsSender() {
        assertRefused(CoreError.FORBIDDEN, () -> m.phones.sendCode(s.schoolAdmin));
        assertRefused(CoreError.NOT_FOUND, () -> m.phones.sendCode(s.student)); // no graduate record
        m.registrations.register(new Registration(s.school.id(), 2026, "2026002", "李四", null, null, PASSWORD),
                null);
        Principal li = p.auth.authenticate(p.auth.login("2026002@S1", PASSWORD, null).token());
        assertRefused(CoreError.PHONE_MISSING, () -> m.phones.sendCode(li));

        Notifier none = new Notifier();
        PhoneVerificationServiceImpl noSms = new PhoneVerificationServiceImpl(p.tx, p.clock, p.codes, none,
                p.messages, p.audit);
        JiuyeException e = assertThrows(JiuyeException.class, () -> noSms.sendCode(zhang));
        assertEquals(CoreError.NOTIFICATION_UNAVAILABLE, e.error());
        assertEquals(503, e.error().status());
    }

    @Test
    void loginWithTheVerifiedPhone() {
        assertRefused(CoreError.INVALID_CREDENTIALS, () -> p.auth.login(PHONE, PASSWORD, null));
        m.verifyPhone(zhang, PHONE);
        Session byPhone = p.auth.login(PHONE, PASSWORD, null);
        assertEquals("2026001@S1", byPhone.user().username());
        assertRefused(CoreError.INVALID_CREDENTIALS, () -> p.auth.login(PHONE, "Wrong1pass".toCharArray(), null));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        Session second = p.auth.login("2026001@S1", PASSWORD, null);
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.passwords.change(zhang, zhangSession.token(),
                "Wrong1pass".toCharArray(), "New1password".toCharArray()));
        assertEquals("PASSWORD_INCORRECT", e.fieldErrors().get(0).code());
        e = assertThrows(JiuyeException.class, () -> p.passwords.change(zhang, zhangSession.token(), PASSWORD,
                "weak".toCharArray()));
        assertEquals("PASSWORD_WEAK", e.fieldErrors().get(0).code());

        p.passwords.change(zhang, zhangSession.token(), PASSWORD, "New1password".toCharArray());
        assertEquals(zhang.userId(), p.auth.authenticate(zhangSession.token()).userId());
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate(second.token()));
        assertRefused(CoreError.INVALID_CREDENTIALS, () -> p.auth.login("2026001@S1", PASSWORD, null));
        assertNotNull(p.auth.login("2026001@S1", "New1password".toCharArray(), null));
    }

    @Test
    void recoveryByEmailCodeAnswersAlikeForUnknownUsers() {
        assertDoesNotThrow(() -> p.passwords.requestReset("nobody@S1", null));
        assertDoesNotThrow(() -> p.passwords.requestReset("S1.school", null)); // no address
        assertEquals(0, p.outbox.list(TestPlatform.operator(), null, 50).stream()
                .filter(m -> m.channel() == Channel.EMAIL).count());

        p.passwords.requestReset("2026001@S1", "10.0.0.1");
        var mail = p.outbox.list(TestPlatform.operator(), EMAIL, 1).get(0);
        assertEquals("就业平台密码重置", mail.subject());
        assertEquals("PASSWORD_RESET", mail.purpose());
        String code = p.lastCode(EMAIL);
        assertDoesNotThrow(() -> p.passwords.requestReset("2026001@S1", null)); // throttled, silently
        assertEquals(1, p.outbox.list(TestPlatform.operator(), EMAIL, 50).size());

        assertRefused(CoreError.CODE_INVALID, () -> p.passwords.confirmReset("nobody@S1", code,
                "New1password".toCharArray(), null));
        assertRefused(CoreError.CODE_INVALID, () -> p.passwords.confirmReset("2026001@S1", wrong(code),
                "New1password".toCharArray(), null));
        p.passwords.confirmReset("2026001@S1", code, "New1password".toCharArray(), null);
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate(zhangSession.token()));
        assertNotNull(p.auth.login("2026001@S1", "New1password".toCharArray(), null));
        assertRefused(CoreError.CODE_INVALID, () -> p.passwords.confirmReset("2026001@S1", code,
                "Other1password".toCharArray(), null));
        assertEquals(1L, (long) p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE"
                + " e.event = 'PASSWORD_RESET' AND e.outcome = 'SUCCESS'", Long.class).getSingleResult()));
    }

    @Test
    void adminResetWithinScope() {
        String zhangId = zhang.userId();
        assertRefused(CoreError.NOT_FOUND, () -> p.passwords.adminReset(s.adminB, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.passwords.adminReset(other.schoolAdmin, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.passwords.adminReset(s.student2, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.passwords.adminReset(s.adminA, s.schoolAdmin.userId()));
        assertRefused(CoreError.FORBIDDEN, () -> p.passwords.adminReset(s.schoolAdmin, s.schoolAdmin.userId()));

        CreatedUser byCollege = p.passwords.adminReset(s.adminA, zhangId);
        assertNotNull(byCollege.initialPassword());
        assertRefused(CoreError.UNAUTHENTICATED, () -> p.auth.authenticate(zhangSession.token()));
        assertNotNull(p.auth.login("2026001@S1", byCollege.initialPassword().toCharArray(), null));
        CreatedUser bySchool = p.passwords.adminReset(s.schoolAdmin, zhangId);
        assertNotNull(p.auth.login("2026001@S1", bySchool.initialPassword().toCharArray(), null));
        CreatedUser byOperator = p.passwords.adminReset(TestPlatform.operator(), s.schoolAdmin.userId());
        assertNotNull(p.auth.login("S1.school", byOperator.initialPassword().toCharArray(), null));
    }
}
