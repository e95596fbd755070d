package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.Principal;
import io.jiuye.api.account.MatchKey;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.SourceReviewChain;
import io.jiuye.core.internal.TestPlatform;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database whose graduates the core kept (before 0.2 moved them into this module) upgrades in place when the
 * module arrives: the records get the public ids of their school, college and account, and the school's settings
 * move from the {@code school} table into {@code graduate_school_settings}.
 */
class ModuleUpgradeTest {
    private TestPlatform p;

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void graduateRowsAndSchoolSettingsOfTheCoreUpgradeInPlace() {
        p = new TestPlatform(); // the core alone: the graduate tables exist as the 0.1 scripts made them
        TestPlatform.School s = p.school("S1");
        p.tx.run(em -> {
            Instant now = Instant.parse("2026-03-01T00:00:00Z");
            long school = (Long) em.createNativeQuery("SELECT id FROM school WHERE public_id = ?")
                    .setParameter(1, s.school.id()).getSingleResult();
            long college = (Long) em.createNativeQuery("SELECT id FROM college WHERE public_id = ?")
                    .setParameter(1, s.collegeA.id()).getSingleResult();
            long user = (Long) em.createNativeQuery("SELECT id FROM user_account WHERE public_id = ?")
                    .setParameter(1, s.student.userId()).getSingleResult();
            em.createNativeQuery("INSERT INTO graduate (id, public_id, school_id, college_id, graduation_year,"
                    + " student_number, name, id_number, education_level, training_mode, phone, user_id, created_at,"
                    + " updated_at, version) VALUES (900001, 'grd-old-1', ?, ?, 2026, '2026001', '张三',"
                    + " '110101200001010839', 'BACHELOR', 'NON_TARGETED', '15800002340', ?, ?, ?, 3)")
                    .setParameter(1, school).setParameter(2, college).setParameter(3, user)
                    .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now)).executeUpdate();
            em.createNativeQuery("UPDATE school SET registration_keys = 'STUDENT_NUMBER,ID_NUMBER',"
                    + " source_review_chain = 'SCHOOL_ONLY', direct_edit_fields = 'qq',"
                    + " online_signing_open = FALSE WHERE id = ?").setParameter(1, school).executeUpdate();
        });
        TestPlatform.School untouched = p.school("S2");

        assertTrue(p.store.install(List.of(new GraduatesDataModule())).contains(GraduatesDataModule.NAME));
        GraduatesFixture m = new GraduatesFixture(p);

        GraduateDto g = m.graduates.get(s.schoolAdmin, "grd-old-1", false);
        assertEquals(s.school.id(), g.schoolId());
        assertEquals(s.collegeA.id(), g.collegeId());
        assertTrue(g.registered());
        assertEquals(3, g.version(), "the rows are the same rows");
        Principal zhang = s.student;
        assertEquals("grd-old-1", m.sourceInfo.mine(zhang).record().id(), "the account still finds its record");
        assertEquals(Set.of(MatchKey.STUDENT_NUMBER, MatchKey.ID_NUMBER), m.registrations.matchKeys(s.school.id()));
        assertEquals(SourceReviewChain.SCHOOL_ONLY, m.sourceInfo.reviewChain(s.school.id()));
        assertEquals(Set.of("qq"), m.corrections.directFields(s.school.id()));
        assertFalse(m.eligibility.onlineSigningOpen(s.schoolAdmin, s.school.id()));
        // a school that changed nothing keeps the defaults
        assertEquals(Set.of(MatchKey.STUDENT_NUMBER, MatchKey.NAME), m.registrations.matchKeys(untouched.school.id()));
        assertTrue(m.eligibility.onlineSigningOpen(untouched.schoolAdmin, untouched.school.id()));
    }

    @Test
    void aSchoolMadeAfterTheUpgradeHasTheDefaultsAndItsFirstChangeIsKept() {
        p = new TestPlatform(new GraduatesDataModule());
        GraduatesFixture m = new GraduatesFixture(p);
        TestPlatform.School s = p.school("S3");
        assertEquals(SourceReviewChain.COLLEGE_THEN_SCHOOL, m.sourceInfo.reviewChain(s.school.id()));
        m.sourceInfo.setReviewChain(s.schoolAdmin, s.school.id(), SourceReviewChain.SCHOOL_ONLY);
        m.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), false);
        assertEquals(SourceReviewChain.SCHOOL_ONLY, m.sourceInfo.reviewChain(s.school.id()));
        assertFalse(m.eligibility.onlineSigningOpen(s.schoolAdmin, s.school.id()));
        assertEquals(Set.of(MatchKey.STUDENT_NUMBER, MatchKey.NAME), m.registrations.matchKeys(s.school.id()),
                "a setting not changed keeps its default");
    }
}
