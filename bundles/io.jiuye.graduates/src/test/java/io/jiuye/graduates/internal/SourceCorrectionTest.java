package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.CorrectionResult;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.core.internal.TestPlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections after approval (R-SRC-4): direct fields at once, the others through the school's review. */
class SourceCorrectionTest {
    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private Principal zhang;
    private ApprovedGraduate graduate;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        graduate = new ApprovedGraduate(p, m);
        s = graduate.s;
        zhang = graduate.zhang;
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private void approveSourceInfo() {
        graduate.approveSourceInfo();
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    @Test
    void beforeApprovalTheGraduateEditsDirectly() {
        assertRefused(CoreError.SOURCE_INFO_NOT_APPROVED, () -> m.corrections.request(zhang, Map.of("qq", "10002"),
                null, m.sourceInfo.mine(zhang).version()));
    }

    @Test
    void directFieldsChangeAtOnceAndTheOthersWaitForTheSchool() {
        approveSourceInfo();
        long v = m.sourceInfo.mine(zhang).version();
        assertRefused(CoreError.REASON_REQUIRED, () -> m.corrections.request(zhang, Map.of("phone", "13900139000"),
                " ", v));
        CorrectionResult r = m.corrections.request(zhang, Map.of("qq", "10002", "phone", "13900139000",
                "homeAddress", "重庆市沙坪坝区沙正街174号"), "换了手机号，地址补全到门牌号", v);
        assertEquals(Map.of("qq", "10002"), r.applied());
        assertEquals(Set.of("phone", "homeAddress"), r.requested().keySet());
        assertEquals("10002", r.sourceInfo().qq());
        assertEquals("15800002340", r.sourceInfo().record().phone(), "phone waits for the school");

        ReviewItemDto item = p.reviews.get(s.schoolAdmin, r.reviewItemId());
        assertEquals("school", item.stepKey());
        assertEquals("15800002340", item.attributes().get("old.phone"));
        assertEquals("13900139000", item.attributes().get("new.phone"));
        assertEquals("换了手机号，地址补全到门牌号", item.attributes().get("reason"));
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> m.corrections.request(zhang,
                Map.of("homePhone", "023-1234567", "phone", "13700137000"), "再改", r.sourceInfo().version()));

        p.reviews.act(s.schoolAdmin, item.id(), ReviewAction.APPROVE, item.version(), "已核实");
        SourceInfo after = m.sourceInfo.mine(zhang);
        assertEquals("13900139000", after.record().phone());
        assertEquals("重庆市沙坪坝区沙正街174号", after.homeAddress());
        List<FieldChange> log = m.sourceInfo.changes(s.schoolAdmin, after.record().id());
        FieldChange phone = log.get(log.size() - 2);
        assertEquals("phone", phone.field());
        assertEquals("CORRECTION", phone.source());
        assertEquals(s.schoolAdmin.username(), phone.changedBy());
    }

    @Test
    void aRejectedCorrectionChangesNothing() {
        approveSourceInfo();
        CorrectionResult r = m.corrections.request(zhang, Map.of("educationLevel", "硕士"), "学历填错",
                m.sourceInfo.mine(zhang).version());
        assertNull(r.applied().get("educationLevel"));
        p.reviews.act(s.schoolAdmin, r.reviewItemId(), ReviewAction.REJECT,
                p.reviews.get(s.schoolAdmin, r.reviewItemId()).version(), "学历以学籍系统为准");
        assertEquals(EducationLevel.BACHELOR, m.sourceInfo.mine(zhang).record().educationLevel());
    }

    @Test
    void theSchoolChoosesTheDirectFields() {
        assertEquals(Set.of("email", "homePhone", "qq"), m.corrections.directFields(s.school.id()));
        assertRefused(CoreError.FORBIDDEN, () -> m.corrections.setDirectFields(s.adminA, s.school.id(),
                Set.of("phone")));
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.corrections.setDirectFields(s.schoolAdmin, s.school.id(),
                Set.of("name")));
        assertEquals(Set.of("homeAddress"), m.corrections.setDirectFields(s.schoolAdmin, s.school.id(),
                Set.of("homeAddress")));
        approveSourceInfo();
        CorrectionResult r = m.corrections.request(zhang, Map.of("homeAddress", "重庆市渝中区"), null,
                m.sourceInfo.mine(zhang).version());
        assertTrue(r.requested().isEmpty());
        assertNull(r.reviewItemId());
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.corrections.request(zhang, Map.of("qq", "1"), "x",
                m.sourceInfo.mine(zhang).version()));
    }

    @Test
    void evidenceImagesGoWithTheRequestForTheSchoolToSee() {
        approveSourceInfo();
        CorrectionResult r = m.corrections.request(zhang, Map.of("phone", "13900139000"), "换号",
                m.sourceInfo.mine(zhang).version());
        byte[] png = io.jiuye.core.internal.TestImages.png(30, 20);
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.corrections.addEvidence(zhang,
                r.reviewItemId(), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("FILE_TYPE_NOT_ALLOWED", e.fieldErrors().get(0).code());
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, m.corrections.addEvidence(zhang, r.reviewItemId(), png));
        }
        e = assertThrows(JiuyeException.class, () -> m.corrections.addEvidence(zhang, r.reviewItemId(), png));
        assertEquals("evidence", e.fieldErrors().get(0).field());
        assertEquals("FILE_TOO_MANY", e.fieldErrors().get(0).code());
        assertEquals("image/png", m.corrections.evidence(s.schoolAdmin, r.reviewItemId(), 2).mediaType());
        assertArrayEquals(png, m.corrections.evidence(s.schoolAdmin, r.reviewItemId(), 2).content());
        assertRefused(CoreError.NOT_FOUND, () -> m.corrections.evidence(s.adminB, r.reviewItemId(), 0));
        assertRefused(CoreError.NOT_FOUND, () -> m.corrections.addEvidence(s.student, r.reviewItemId(), png));
        assertRefused(CoreError.NOT_FOUND, () -> m.corrections.evidence(zhang, r.reviewItemId(), 3));
    }

    @Test
    void twoEvidenceUploadsArrivingTogetherCannotBothTakeTheLastPlace() throws Exception {
        approveSourceInfo();
        CorrectionResult r = m.corrections.request(zhang, Map.of("phone", "13900139000"), "换号",
                m.sourceInfo.mine(zhang).version());
        byte[] png = io.jiuye.core.internal.TestImages.png(30, 20);
        m.corrections.addEvidence(zhang, r.reviewItemId(), png);
        m.corrections.addEvidence(zhang, r.reviewItemId(), png);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = two.invokeAll(List.of(() -> upload(together, r, png),
                    () -> upload(together, r, png)));
            List<String> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : results) {
                outcomes.add(f.get());
            }
            java.util.Collections.sort(outcomes);
            assertEquals(List.of("3", "FILE_TOO_MANY"), outcomes);
        } finally {
            two.shutdownNow();
        }
        assertEquals(3, p.files.list("graduate:correction-evidence", r.reviewItemId()).size());
    }

    private String upload(java.util.concurrent.CyclicBarrier together, CorrectionResult r, byte[] png)
            throws Exception {
        together.await();
        try {
            return String.valueOf(m.corrections.addEvidence(zhang, r.reviewItemId(), png));
        } catch (JiuyeException e) {
            return e.fieldErrors().isEmpty() ? e.error().toString() : e.fieldErrors().get(0).code();
        }
    }
}
