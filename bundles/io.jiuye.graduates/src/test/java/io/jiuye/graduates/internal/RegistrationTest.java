package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.MatchKey;
import io.jiuye.api.account.Registration;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration against imported records (R-ACC-2), with the school's choice of keys. */
class RegistrationTest {
    private static final char[] PASSWORD = "Zhang3san".toCharArray();
    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private final String zhangId = GraduateImportTest.id(1);

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + zhangId + ",B,,本科,非定向,,15800002340,\n"
                + "2026002,李四,女," + GraduateImportTest.id(2) + ",A,,硕士,非定向,,,\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    private Registration byNumber(String number, String name) {
        return new Registration(s.school.id(), 2026, number, name, null, null, PASSWORD);
    }

    @Test
    void aStudentWhoseNumberAndNameMatchRegistersOnceAndLogsIn() {
        UserDto u = m.registrations.register(byNumber("2026001", "张三"), "10.0.0.1");
        assertEquals("2026001@S1", u.username());
        assertEquals(Role.STUDENT, u.role());
        assertEquals(s.collegeB.id(), u.collegeId(), "the college of the imported record");
        Principal zhang = p.auth.authenticate(p.auth.login("2026001@S1", PASSWORD, null).token());
        GraduateDto own = m.graduates.list(s.schoolAdmin, s.school.id(), null, null, "张三", PageRequest.firstPage())
                .items().get(0);
        assertTrue(own.registered());
        assertEquals(zhangId, m.graduates.get(zhang, own.id()).idNumber(), "the graduate sees their own in clear");
        assertRefused(CoreError.ALREADY_REGISTERED, () -> m.registrations.register(byNumber("2026001", "张三"), null));
    }

    @Test
    void aMismatchSaysSoWithoutTellingWhichField() {
        JiuyeException e = assertThrows(JiuyeException.class,
                () -> m.registrations.register(byNumber("2026001", "张四"), null));
        assertEquals(CoreError.REGISTRATION_NO_MATCH, e.error());
        assertTrue(e.fieldErrors().isEmpty());
        Long failures = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e"
                + " WHERE e.event = 'REGISTRATION' AND e.outcome = 'FAILURE'", Long.class).getSingleResult());
        assertEquals(1L, failures, "the failed attempt is audited although its transaction rolled back");
        assertRefused(CoreError.REGISTRATION_NO_MATCH, () -> m.registrations.register(new Registration(
                s.school.id(), 2025, "2026001", "张三", null, null, PASSWORD), null));
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.registrations.register(byNumber("2026001", null), null));
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.registrations.register(new Registration(s.school.id(),
                2026, "2026001", "张三", null, null, "weak".toCharArray()), null));
    }

    @Test
    void theFiveKeysOfShandong() {
        Set<MatchKey> five = EnumSet.of(MatchKey.NAME, MatchKey.ID_NUMBER, MatchKey.EDUCATION_LEVEL);
        assertRefused(CoreError.FORBIDDEN, () -> m.registrations.setMatchKeys(s.adminA, s.school.id(), five));
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.registrations.setMatchKeys(s.schoolAdmin, s.school.id(),
                EnumSet.of(MatchKey.NAME)));
        assertEquals(five, m.registrations.setMatchKeys(s.schoolAdmin, s.school.id(), five));
        assertEquals(five, m.registrations.matchKeys(s.school.id()));
        assertRefused(CoreError.REGISTRATION_NO_MATCH, () -> m.registrations.register(new Registration(
                s.school.id(), 2026, null, "张三", zhangId, EducationLevel.MASTER, PASSWORD), null));
        UserDto u = m.registrations.register(new Registration(s.school.id(), 2026, null, "张三",
                zhangId.toLowerCase(Locale.ROOT), EducationLevel.BACHELOR, PASSWORD), null);
        assertEquals("2026001@S1", u.username());
    }
}
