package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.Registration;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.EligibilityReason;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.SigningEligibility;
import io.jiuye.api.graduate.SigningFlags;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceReviewChain;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing eligibility (R-ACC-5): each gate fails on its own with its code; the switches are the school admins'. */
class EligibilityTest {
    private static final char[] PASSWORD = "Zhang3san".toCharArray();
    private static final SourceInfoUpdate COMPLETE = new SourceInfoUpdate(EducationLevel.BACHELOR, true, false,
            "123456789", "400044", "zhang@example.com", "13800138000", "023-65102278", "重庆市沙坪坝区沙正街174号");

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private TestPlatform.School other;
    private Principal zhang;
    private Principal li;
    private String zhangId;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        other = p.school("S2");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        m.sourceInfo.setReviewChain(s.schoolAdmin, s.school.id(), SourceReviewChain.SCHOOL_ONLY);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1)
                + ",A,,本科,非定向,,15800002340,\n2026002,李四,女," + GraduateImportTest.id(2) + ",A,,本科,定向委培,,,\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        zhang = student("2026001", "张三");
        li = student("2026002", "李四");
        zhangId = m.sourceInfo.mine(zhang).record().id();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private Principal student(String number, String name) {
        m.registrations.register(new Registration(s.school.id(), 2026, number, name, null, null, PASSWORD), null);
        return p.auth.authenticate(p.auth.login(number + "@S1", PASSWORD, null).token());
    }

    private void approveSourceInfo(Principal student) {
        SourceInfo mine = m.sourceInfo.save(student, COMPLETE, m.sourceInfo.mine(student).version());
        mine = m.sourceInfo.submit(student, mine.version());
        String item = mine.reviewItemId();
        p.reviews.act(s.schoolAdmin, item, ReviewAction.APPROVE, p.reviews.get(s.schoolAdmin, item).version(), null);
    }

    /** Source information approved and the phone confirmed by SMS code: all the graduate's own gates pass. */
    private void ready(Principal student) {
        approveSourceInfo(student);
        p.clock.advance(java.time.Duration.ofMinutes(2)); // codes to one phone: one a minute
        m.verifyPhone(student, COMPLETE.phone());
    }

    private static List<String> codes(SigningEligibility e) {
        return e.reasons().stream().map(SigningEligibility.Reason::code).toList();
    }

    private SigningFlags set(Boolean recommended, Boolean plan, Boolean restricted) {
        return m.eligibility.setFlags(s.schoolAdmin, zhangId, new SigningFlags.Update(recommended, plan, restricted),
                m.eligibility.flags(s.schoolAdmin, zhangId).version());
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    @Test
    void unapprovedSourceInformationIsTheOnlyGateOfANewGraduateAndTheStudentSeesWhy() {
        SigningEligibility e = m.eligibility.mine(zhang);
        assertFalse(e.eligible());
        assertEquals(List.of("SOURCE_INFO_NOT_APPROVED", "PHONE_NOT_VERIFIED"), codes(e));
        assertEquals("生源信息尚未审核通过", e.reasons().get(0).message().zh());
        assertEquals("Source information not approved yet", e.reasons().get(0).message().en());
        assertEquals("手机号码尚未认证：请用短信验证码完成认证", e.reasons().get(1).message().zh());
        assertEquals(zhangId, e.graduateId());

        approveSourceInfo(zhang);
        assertEquals(List.of("PHONE_NOT_VERIFIED"), codes(m.eligibility.mine(zhang)));
        assertTrue(m.eligibility.mine(zhang).fails(EligibilityReason.PHONE_NOT_VERIFIED));
        m.verifyPhone(zhang, COMPLETE.phone());
        SigningEligibility ok = m.eligibility.mine(zhang);
        assertTrue(ok.eligible());
        assertEquals(List.of(), ok.reasons());
        assertEquals(ok, m.eligibility.check(s.schoolAdmin, zhangId));
        assertEquals(ok, m.eligibility.check(s.adminA, zhangId));
    }

    @Test
    void eachGateFailsAloneWithItsCode() {
        ready(zhang);
        ready(li);
        String liId = m.sourceInfo.mine(li).record().id();
        assertEquals(List.of("TARGETED_TRAINING"), codes(m.eligibility.check(s.schoolAdmin, liId)));

        set(true, null, null);
        assertEquals(List.of("RECOMMENDED_FOR_POSTGRADUATE"), codes(m.eligibility.mine(zhang)));
        set(false, true, null);
        assertEquals(List.of("EMPLOYMENT_PLAN_SUBMITTED"), codes(m.eligibility.mine(zhang)));
        set(null, false, true);
        assertEquals(List.of("SIGNING_RESTRICTED"), codes(m.eligibility.mine(zhang)));
        set(null, null, false);
        assertTrue(m.eligibility.mine(zhang).eligible());

        assertFalse(m.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), false));
        assertFalse(m.eligibility.onlineSigningOpen(zhang, s.school.id()));
        SigningEligibility closed = m.eligibility.mine(zhang);
        assertEquals(List.of("ONLINE_SIGNING_CLOSED"), codes(closed));
        assertTrue(closed.fails(EligibilityReason.ONLINE_SIGNING_CLOSED));
        m.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), true);
        assertTrue(m.eligibility.mine(zhang).eligible());

        // several at once, in a fixed order
        set(true, true, true);
        assertEquals(List.of("RECOMMENDED_FOR_POSTGRADUATE", "EMPLOYMENT_PLAN_SUBMITTED", "SIGNING_RESTRICTED"),
                codes(m.eligibility.mine(zhang)));
    }

    @Test
    void switchesAreTheSchoolAdminsAndEveryChangeIsLoggedAndAudited() {
        SigningFlags before = m.eligibility.flags(s.schoolAdmin, zhangId);
        SigningFlags.Update restrict = new SigningFlags.Update(null, null, true);
        assertRefused(CoreError.FORBIDDEN, () -> m.eligibility.setFlags(s.adminA, zhangId, restrict,
                before.version()));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> m.eligibility.setFlags(other.schoolAdmin, zhangId, restrict,
                before.version()));
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.setFlags(zhang, zhangId, restrict, before.version()));
        assertRefused(CoreError.VERSION_CONFLICT, () -> m.eligibility.setFlags(s.schoolAdmin, zhangId, restrict,
                before.version() + 1));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> m.eligibility.flags(other.schoolAdmin, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.flags(zhang, zhangId));

        SigningFlags after = m.eligibility.setFlags(s.schoolAdmin, zhangId, restrict, before.version());
        assertTrue(after.signingRestricted());
        assertFalse(after.recommendedForPostgraduate());
        List<FieldChange> log = m.sourceInfo.changes(s.schoolAdmin, zhangId);
        FieldChange change = log.get(log.size() - 1);
        assertEquals("signingRestricted", change.field());
        assertEquals("false", change.oldValue());
        assertEquals("true", change.newValue());
        assertEquals("ADMIN", change.source());
        assertEquals("S1.school", change.changedBy());

        assertRefused(CoreError.FORBIDDEN, () -> m.eligibility.setOnlineSigning(s.adminA, s.school.id(), false));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> m.eligibility.setOnlineSigning(other.schoolAdmin,
                s.school.id(), false));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> m.eligibility.onlineSigningOpen(other.student, s.school.id()));
        m.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), false);

        Long audited = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE e.event"
                + " IN ('SIGNING_FLAGS_CHANGED', 'ONLINE_SIGNING_CHANGED')", Long.class).getSingleResult());
        assertEquals(2L, audited);
    }

    @Test
    void eligibilityIsTheGraduatesAndTheirAdminsOnly() {
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.check(li, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.check(s.adminB, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.check(other.schoolAdmin, zhangId));
        assertRefused(CoreError.FORBIDDEN, () -> m.eligibility.mine(s.schoolAdmin));
        assertRefused(CoreError.NOT_FOUND, () -> m.eligibility.mine(s.student)); // a student without a record
        assertEquals(zhangId, m.eligibility.check(zhang, zhangId).graduateId());
        assertEquals(zhangId, m.eligibility.check(Principal.system(), zhangId).graduateId());
    }
}
