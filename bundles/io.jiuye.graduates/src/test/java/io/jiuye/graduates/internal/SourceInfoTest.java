package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.account.Registration;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.FieldChange;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceReviewChain;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Source-information verification (R-SRC-1..3) on the review engine, along the school's chain. */
class SourceInfoTest {
    private static final char[] PASSWORD = "Zhang3san".toCharArray();
    private static final SourceInfoUpdate COMPLETE = new SourceInfoUpdate(EducationLevel.BACHELOR, true, false,
            "123456789", "400044", "zhang@example.com", "13800138000", "023-65102278", "重庆市沙坪坝区沙正街174号");

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private Principal zhang;
    private Principal li;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1)
                + ",A,,本科,非定向,,15800002340,\n2026002,李四,女," + GraduateImportTest.id(2) + ",A,,本科,非定向,,,\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        zhang = student("2026001", "张三");
        li = student("2026002", "李四");
    }

    private Principal student(String number, String name) {
        m.registrations.register(new Registration(s.school.id(), 2026, number, name, null, null, PASSWORD), null);
        return p.auth.authenticate(p.auth.login(number + "@S1", PASSWORD, null).token());
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    private ReviewItemDto act(Principal who, String itemId, ReviewAction a, String remark) {
        return p.reviews.act(who, itemId, a, p.reviews.get(who, itemId).version(), remark);
    }

    @Test
    void completeSubmitReturnResubmitAndApproveThroughCollegeAndSchool() {
        SourceInfo mine = m.sourceInfo.mine(zhang);
        assertEquals(SourceState.NOT_SUBMITTED, mine.state());
        assertEquals("15800002340", mine.record().phone(), "the graduate sees the phone in clear");

        JiuyeException missing = assertThrows(JiuyeException.class, () -> m.sourceInfo.submit(zhang,
                m.sourceInfo.mine(zhang).version()));
        assertTrue(missing.fieldErrors().stream().map(JiuyeException.FieldError::field).toList()
                .containsAll(List.of("qq", "homePostcode", "homeAddress", "hukouToSchool")));

        assertRefused(CoreError.VALIDATION_FAILED, () -> m.sourceInfo.save(zhang, new SourceInfoUpdate(null, null,
                null, "12", "4000", "no-mail", "123", null, null), m.sourceInfo.mine(zhang).version()));
        mine = m.sourceInfo.save(zhang, COMPLETE, mine.version());
        mine = m.sourceInfo.submit(zhang, mine.version());
        assertEquals(SourceState.IN_REVIEW, mine.state());
        String itemId = mine.reviewItemId();
        assertEquals("college", p.reviews.get(s.adminA, itemId).stepKey());
        assertEquals("13800138000", p.reviews.get(s.adminA, itemId).attributes().get("phone"));
        SourceInfo inReview = mine;
        assertRefused(CoreError.SOURCE_INFO_LOCKED, () -> m.sourceInfo.save(zhang, COMPLETE, inReview.version()));
        assertTrue(p.reviews.waitingFor(s.adminA, PageRequest.firstPage()).items().stream()
                .anyMatch(i -> i.id().equals(itemId)));

        act(s.adminA, itemId, ReviewAction.RETURN, "家庭地址请详细到门牌号");
        mine = m.sourceInfo.mine(zhang);
        assertEquals(SourceState.RETURNED, mine.state());
        mine = m.sourceInfo.save(zhang, new SourceInfoUpdate(null, null, null, null, null, null, null, null,
                "重庆市沙坪坝区沙正街174号重庆大学A区5栋101"), mine.version());
        mine = m.sourceInfo.submit(zhang, mine.version());
        assertEquals(itemId, mine.reviewItemId(), "the same item goes round again, its trail kept");
        assertEquals("重庆市沙坪坝区沙正街174号重庆大学A区5栋101",
                p.reviews.get(s.adminA, itemId).attributes().get("homeAddress"));

        act(s.adminA, itemId, ReviewAction.APPROVE, null);
        assertEquals(SourceState.IN_REVIEW, m.sourceInfo.mine(zhang).state());
        act(s.schoolAdmin, itemId, ReviewAction.APPROVE, null);
        assertEquals(SourceState.APPROVED, m.sourceInfo.mine(zhang).state());
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.RETURN, ReviewAction.SUBMIT, ReviewAction.APPROVE,
                ReviewAction.APPROVE), p.reviews.trail(zhang, itemId).stream().map(TrailEntryDto::action).toList());
        SourceInfo approved = m.sourceInfo.mine(zhang);
        assertRefused(CoreError.SOURCE_INFO_LOCKED, () -> m.sourceInfo.save(zhang, COMPLETE, approved.version()));
    }

    @Test
    void everyChangedFieldIsLoggedForTheGraduateAndTheirAdmins() {
        SourceInfo mine = m.sourceInfo.save(zhang, COMPLETE, m.sourceInfo.mine(zhang).version());
        m.sourceInfo.save(zhang, new SourceInfoUpdate(null, null, null, null, null, null, "13900139000", null, null),
                mine.version());
        String graduateId = mine.record().id();
        List<FieldChange> log = m.sourceInfo.changes(s.adminA, graduateId);
        FieldChange phone = log.stream().filter(c -> c.field().equals("phone")).reduce((a, b) -> b).orElseThrow();
        assertEquals("13800138000", phone.oldValue());
        assertEquals("13900139000", phone.newValue());
        assertEquals("2026001@S1", phone.changedBy());
        assertEquals(9, log.size(), "eight fields change (the education level was imported already), then the phone again");
        assertEquals(log, m.sourceInfo.changes(zhang, graduateId));
        assertRefused(CoreError.NOT_FOUND, () -> m.sourceInfo.changes(li, graduateId));
        assertRefused(CoreError.NOT_FOUND, () -> m.sourceInfo.changes(s.adminB, graduateId));
    }

    @Test
    void aSchoolOnlyChainSkipsTheCollege() {
        assertRefused(CoreError.FORBIDDEN, () -> m.sourceInfo.setReviewChain(s.adminA, s.school.id(),
                SourceReviewChain.SCHOOL_ONLY));
        m.sourceInfo.setReviewChain(s.schoolAdmin, s.school.id(), SourceReviewChain.SCHOOL_ONLY);
        SourceInfo mine = m.sourceInfo.save(li, COMPLETE, m.sourceInfo.mine(li).version());
        mine = m.sourceInfo.submit(li, mine.version());
        assertEquals("school", p.reviews.get(s.schoolAdmin, mine.reviewItemId()).stepKey());
        act(s.schoolAdmin, mine.reviewItemId(), ReviewAction.REJECT, "身份信息有误");
        assertEquals(SourceState.REJECTED, m.sourceInfo.mine(li).state());
    }

    @Test
    void onlyRegisteredStudentsHaveSourceInfoAndItIsNotSubmittedAsAGenericItem() {
        assertRefused(CoreError.FORBIDDEN, () -> m.sourceInfo.mine(s.adminA));
        assertRefused(CoreError.NOT_FOUND, () -> m.sourceInfo.mine(s.student));
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.reviews.submit(zhang,
                new SubmitRequest("core:source-info@1", Map.of(), null, null)));
        assertEquals(Set.of("TYPE_CORE"), Set.copyOf(e.fieldErrors().stream().map(JiuyeException.FieldError::code)
                .toList()));
    }
}
