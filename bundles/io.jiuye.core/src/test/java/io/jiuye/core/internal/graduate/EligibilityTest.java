package io.jiuye.core.internal.graduate;

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
    private TestPlatform.School s;
    private TestPlatform.School other;
    private Principal zhang;
    private Principal li;
    private String zhangId;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        s = p.school("S1");
        other = p.school("S2");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        p.sourceInfo.setReviewChain(s.schoolAdmin, s.school.id(), SourceReviewChain.SCHOOL_ONLY);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1)
                + ",A,,本科,非定向,,15800002340,\n2026002,李四,女," + GraduateImportTest.id(2) + ",A,,本科,定向委培,,,\n";
        p.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        zhang = student("2026001", "张三");
        li = student("2026002", "李四");
        zhangId = p.sourceInfo.mine(zhang).record().id();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private Principal student(String number, String name) {
        p.registrations.register(new Registration(s.school.id(), 2026, number, name, null, null, PASSWORD), null);
        return p.auth.authenticate(p.auth.login(number + "@S1", PASSWORD, null).token());
    }

    private void approveSourceInfo(Principal student) {
        SourceInfo mine = p.sourceInfo.save(student, COMPLETE, p.sourceInfo.mine(student).version());
        mine = p.sourceInfo.submit(student, mine.version());
        String item = mine.reviewItemId();
        p.reviews.act(s.schoolAdmin, item, ReviewAction.APPROVE, p.reviews.get(s.schoolAdmin, item).version(), null);
    }

    /** Source information approved and the phone confirmed by SMS code: all the graduate's own gates pass. */
    private void ready(Principal student) {
        approveSourceInfo(student);
        p.clock.advance(java.time.Duration.ofMinutes(2)); // codes to one phone: one a minute
        p.verifyPhone(student, COMPLETE.phone());
    }

    private static List<String> codes(SigningEligibility e) {
        return e.reasons().stream().map(SigningEligibility.Reason::code).toList();
    }

    private SigningFlags set(Boolean recommended, Boolean plan, Boolean restricted) {
        return p.eligibility.setFlags(s.schoolAdmin, zhangId, new SigningFlags.Update(recommended, plan, restricted),
                p.eligibility.flags(s.schoolAdmin, zhangId).version());
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    @Test
    void unapprovedSourceInformationIsTheOnlyGateOfANewGraduateAndTheStudentSeesWhy() {
        SigningEligibility e = p.eligibility.mine(zhang);
        assertFalse(e.eligible());
        assertEquals(List.of("SOURCE_INFO_NOT_APPROVED", "PHONE_NOT_VERIFIED"), codes(e));
        assertEquals("生源信息尚未审核通过", e.reasons().get(0).message().zh());
        assertEquals("Source information not approved yet", e.reasons().get(0).message().en());
        assertEquals("手机号码尚未认证：请用短信验证码完成认证", e.reasons().get(1).message().zh());
        assertEquals(zhangId, e.graduateId());

        approveSourceInfo(zhang);
        assertEquals(List.of("PHONE_NOT_VERIFIED"), codes(p.eligibility.mine(zhang)));
        assertTrue(p.eligibility.mine(zhang).fails(EligibilityReason.PHONE_NOT_VERIFIED));
        p.verifyPhone(zhang, COMPLETE.phone());
        SigningEligibility ok = p.eligibility.mine(zhang);
        assertTrue(ok.eligible());
        assertEquals(List.of(), ok.reasons());
        assertEquals(ok, p.eligibility.check(s.schoolAdmin, zhangId));
        assertEquals(ok, p.eligibility.check(s.adminA, zhangId));
    }

    @Test
    void eachGateFailsAloneWithItsCode() {
        ready(zhang);
        ready(li);
        String liId = p.sourceInfo.mine(li).record().id();
        assertEquals(List.of("TARGETED_TRAINING"), codes(p.eligibility.check(s.schoolAdmin, liId)));

        set(true, null, null);
        assertEquals(List.of("RECOMMENDED_FOR_POSTGRADUATE"), codes(p.eligibility.mine(zhang)));
        set(false, true, null);
        assertEquals(List.of("EMPLOYMENT_PLAN_SUBMITTED"), codes(p.eligibility.mine(zhang)));
        set(null, false, true);
        assertEquals(List.of("SIGNING_RESTRICTED"), codes(p.eligibility.mine(zhang)));
        set(null, null, false);
        assertTrue(p.eligibility.mine(zhang).eligible());

        assertFalse(p.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), false));
        assertFalse(p.eligibility.onlineSigningOpen(zhang, s.school.id()));
        SigningEligibility closed = p.eligibility.mine(zhang);
        assertEquals(List.of("ONLINE_SIGNING_CLOSED"), codes(closed));
        assertTrue(closed.fails(EligibilityReason.ONLINE_SIGNING_CLOSED));
        p.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), true);
        assertTrue(p.eligibility.mine(zhang).eligible());

        // several at once, in a fixed order
        set(true, true, true);
        assertEquals(List.of("RECOMMENDED_FOR_POSTGRADUATE", "EMPLOYMENT_PLAN_SUBMITTED", "SIGNING_RESTRICTED"),
                codes(p.eligibility.mine(zhang)));
    }

    @Test
    void switchesAreTheSchoolAdminsAndEveryChangeIsLoggedAndAudited() {
        SigningFlags before = p.eligibility.flags(s.schoolAdmin, zhangId);
        SigningFlags.Update restrict = new SigningFlags.Update(null, null, true);
        assertRefused(CoreError.FORBIDDEN, () -> p.eligibility.setFlags(s.adminA, zhangId, restrict,
                before.version()));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.eligibility.setFlags(other.schoolAdmin, zhangId, restrict,
                before.version()));
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.setFlags(zhang, zhangId, restrict, before.version()));
        assertRefused(CoreError.VERSION_CONFLICT, () -> p.eligibility.setFlags(s.schoolAdmin, zhangId, restrict,
                before.version() + 1));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.eligibility.flags(other.schoolAdmin, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.flags(zhang, zhangId));

        SigningFlags after = p.eligibility.setFlags(s.schoolAdmin, zhangId, restrict, before.version());
        assertTrue(after.signingRestricted());
        assertFalse(after.recommendedForPostgraduate());
        List<FieldChange> log = p.sourceInfo.changes(s.schoolAdmin, zhangId);
        FieldChange change = log.get(log.size() - 1);
        assertEquals("signingRestricted", change.field());
        assertEquals("false", change.oldValue());
        assertEquals("true", change.newValue());
        assertEquals("ADMIN", change.source());
        assertEquals("S1.school", change.changedBy());

        assertRefused(CoreError.FORBIDDEN, () -> p.eligibility.setOnlineSigning(s.adminA, s.school.id(), false));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.eligibility.setOnlineSigning(other.schoolAdmin,
                s.school.id(), false));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.eligibility.onlineSigningOpen(other.student, s.school.id()));
        p.eligibility.setOnlineSigning(s.schoolAdmin, s.school.id(), false);

        Long audited = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE e.event"
                + " IN ('SIGNING_FLAGS_CHANGED', 'ONLINE_SIGNING_CHANGED')", Long.class).getSingleResult());
        assertEquals(2L, audited);
    }

    @Test
    void eligibilityIsTheGraduatesAndTheirAdminsOnly() {
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.check(li, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.check(s.adminB, zhangId));
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.check(other.schoolAdmin, zhangId));
        assertRefused(CoreError.FORBIDDEN, () -> p.eligibility.mine(s.schoolAdmin));
        assertRefused(CoreError.NOT_FOUND, () -> p.eligibility.mine(s.student)); // a student without a record
        assertEquals(zhangId, p.eligibility.check(zhang, zhangId).graduateId());
        assertEquals(zhangId, p.eligibility.check(Principal.system(), zhangId).graduateId());
    }
}
