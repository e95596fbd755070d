package io.jiuye.employers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerNature;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerRegistered;
import io.jiuye.api.employer.EmployerRegistration;
import io.jiuye.api.employer.EmployerState;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.employer.HukouReceivingType;
import io.jiuye.api.employer.Industry;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.core.internal.TestPlatform;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Employers (A2): self-registration, the qualification review at the home school, the profile, who sees what. */
class EmployerTest {
    static final String CODE = "91420100MA4KX1234B";
    static final String OTHER_CODE = "91110000802100433B";
    private static final String PASSWORD = "Xingguang1";

    private TestPlatform p;
    private EmployerServiceImpl employers;
    private TestPlatform.School s1;
    private TestPlatform.School s2;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new EmployersDataModule());
        employers = new EmployerServiceImpl(p.tx, p.clock, p.accounts, p.audit, p.reviewItems, p.schools);
        p.moduleTypes.addHandler(employers);
        s1 = p.school("S1");
        s2 = p.school("S2");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    static EmployerProfile profile(String name, String code) {
        return new EmployerProfile(name, code, EmployerNature.OTHER_ENTERPRISE, Industry.INFORMATION_TECHNOLOGY,
                "湖北省武汉市洪山区", "武汉市洪山区珞喻路1037号", "430074", "王经理", "027-87541234", "hr@xingguang.example",
                new ArchiveReceiving(true, "武汉市人才服务中心", "武汉市江岸区解放大道1033号", "430010", "李老师",
                        "027-82711234"), new HukouReceiving(HukouReceivingType.TALENT_CENTRE_COLLECTIVE,
                                "武汉市江岸区解放大道1033号"));
    }

    private EmployerRegistered register(String username, String code, String homeSchoolId) {
        return employers.register(new EmployerRegistration(profile("星光集团", code), homeSchoolId, username,
                PASSWORD.toCharArray()), "10.0.0.1");
    }

    private Principal login(String username) {
        return p.auth.authenticate(p.auth.login(username, PASSWORD.toCharArray(), null).token());
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    private static Set<String> fieldCodes(Runnable r) {
        JiuyeException e = assertThrows(JiuyeException.class, r::run);
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
        return e.fieldErrors().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.toSet());
    }

    private ReviewItemDto act(Principal who, String itemId, ReviewAction a, String remark) {
        return p.reviews.act(who, itemId, a, p.reviews.get(who, itemId).version(), remark);
    }

    @Test
    void registrationCreatesThePendingEmployerItsAccountAndTheReviewAtItsHomeSchool() {
        EmployerRegistered r = register("xingguang", " " + CODE.toLowerCase() + " ", s1.school.id());
        EmployerDto e = r.employer();
        assertEquals(EmployerState.PENDING, e.state());
        assertEquals(CODE, e.creditCode(), "stored normalized");
        assertEquals(s1.school.id(), e.homeSchoolId());
        assertNotNull(e.reviewItemId());
        assertEquals(Role.EMPLOYER, r.user().role());
        assertEquals(e.id(), r.user().employerId());
        assertNull(r.user().schoolId());

        Principal hr = login("xingguang");
        assertEquals(e.id(), hr.employerId());
        assertEquals(e, employers.mine(hr));

        ReviewItemDto item = p.reviews.get(s1.schoolAdmin, e.reviewItemId());
        assertEquals("core:employer-qualification@1", item.type());
        assertEquals(s1.school.id(), item.schoolId());
        assertEquals(e.id(), item.employerId());
        assertEquals(CODE, item.attributes().get("creditCode"));
        assertEquals(Set.of(ReviewAction.APPROVE, ReviewAction.REJECT), item.allowedActions());
        assertTrue(p.reviews.waitingFor(s1.schoolAdmin, PageRequest.firstPage()).items().stream()
                .anyMatch(i -> i.id().equals(e.reviewItemId())));
        assertEquals(List.of(e.id()), employers.list(s1.schoolAdmin, EmployerState.PENDING, null,
                PageRequest.firstPage()).items().stream().map(EmployerDto::id).toList());
        Long audited = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e"
                + " WHERE e.event = 'EMPLOYER_REGISTRATION' AND e.outcome = 'SUCCESS'", Long.class).getSingleResult());
        assertEquals(1L, audited);
    }

    @Test
    void invalidDataIsRefusedFieldByField() {
        Set<String> codes = fieldCodes(() -> employers.register(new EmployerRegistration(new EmployerProfile(
                "星光集团", "911306007216356986", null, Industry.MANUFACTURING, "武汉", "珞喻路1号", "4300", "王", "x",
                "no-mail", new ArchiveReceiving(true, null, "地址", "430010", "李", "027-82711234"),
                new HukouReceiving(HukouReceivingType.EMPLOYER_COLLECTIVE, " ")), null, "x", "weak".toCharArray()),
                null));
        assertEquals(Set.of("creditCode:CREDIT_CODE_INVALID", "nature:REQUIRED", "postcode:POSTCODE_INVALID",
                "phone:TELEPHONE_INVALID", "email:EMAIL_INVALID", "archive.forwardingUnit:REQUIRED",
                "hukou.details:REQUIRED", "username:USERNAME_FORMAT", "password:PASSWORD_WEAK"), codes);
        assertEquals(Set.of("homeSchoolId:SCHOOL_UNKNOWN"), fieldCodes(() -> register("xgjt", CODE, "sch_nope")));
        assertEquals(0, employers.list(TestPlatform.operator(), null, null, PageRequest.firstPage()).items()
                .size(), "nothing was created");
    }

    @Test
    void archiveAndHukouDefaultToNotReceivingAndNeedNoDetailsThen() {
        EmployerProfile bare = new EmployerProfile("小微科技", CODE, EmployerNature.OTHER_ENTERPRISE,
                Industry.INFORMATION_TECHNOLOGY, "武汉", "光谷大道1号", "430074", "赵", "13800138000", "a@b.cn", null,
                null);
        EmployerDto e = employers.register(new EmployerRegistration(bare, null, "xiaowei", PASSWORD.toCharArray()),
                null).employer();
        assertFalse(e.archive().receives());
        assertEquals(HukouReceivingType.NOT_RECEIVING, e.hukou().type());
        assertNull(e.reviewItemId(), "no school named yet: no review");
    }

    @Test
    void aCreditCodeRegistersOnceAndUsernamesAreUnique() {
        register("xingguang", CODE, s1.school.id());
        assertRefused(CoreError.EMPLOYER_ALREADY_REGISTERED, () -> register("other", CODE.toLowerCase(), null));
        assertEquals(Set.of("username:USERNAME_TAKEN"), fieldCodes(() -> register("xingguang", OTHER_CODE, null)));
        Long failures = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e"
                + " WHERE e.event = 'EMPLOYER_REGISTRATION' AND e.outcome = 'FAILURE'", Long.class).getSingleResult());
        assertEquals(1L, failures, "the refused duplicate stays in the audit");
    }

    @Test
    void aWeakPasswordIsRefused() {
        JiuyeException e = assertThrows(JiuyeException.class, () -> employers.register(new EmployerRegistration(
                profile("星光集团", CODE), null, "xingguang", "alllowercase1".toCharArray()), null));
        assertEquals(List.of(FieldError.of("password", "PASSWORD_WEAK", 8)), e.fieldErrors());
    }

    @Test
    void theHomeSchoolsAdminApprovesAndTheEmployerIsVerified() {
        EmployerDto e = register("xingguang", CODE, s1.school.id()).employer();
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.reviews.get(s2.schoolAdmin, e.reviewItemId()));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.reviews.act(s2.schoolAdmin, e.reviewItemId(),
                ReviewAction.APPROVE, 1, null));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> p.reviews.act(s1.adminA, e.reviewItemId(), ReviewAction.APPROVE,
                1, null));
        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.APPROVE, null);
        EmployerDto verified = employers.mine(login("xingguang"));
        assertEquals(EmployerState.VERIFIED, verified.state());
        assertEquals(p.clock.instant(), verified.verifiedAt());
        // verification is deployment-wide: every school's admins see the verified employer
        assertEquals(List.of(e.id()), employers.list(s2.schoolAdmin, EmployerState.VERIFIED, "星光",
                PageRequest.firstPage()).items().stream().map(EmployerDto::id).toList());
        assertEquals(e.id(), employers.get(s2.schoolAdmin, e.id()).id());
    }

    @Test
    void aRejectionCarriesItsReasonAndTheEmployerCorrectsAndResubmits() {
        EmployerDto e = register("xingguang", CODE, s1.school.id()).employer();
        Principal hr = login("xingguang");
        assertRefused(CoreError.EMPLOYER_IN_REVIEW, () -> employers.update(hr, new EmployerProfile("星光集团有限公司",
                null, null, null, null, null, null, null, null, null, null, null), e.version()));
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.REJECT,
                " "));
        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.REJECT, "单位名称与营业执照不一致");
        EmployerDto rejected = employers.mine(hr);
        assertEquals(EmployerState.REJECTED, rejected.state());
        assertEquals("单位名称与营业执照不一致", rejected.rejectionReason());

        EmployerDto corrected = employers.update(hr, new EmployerProfile("星光集团有限公司", null, null, null, null,
                null, null, null, null, null, null, null), rejected.version());
        assertEquals("星光集团有限公司", corrected.name());
        assertEquals("王经理", corrected.contactPerson(), "absent fields stay");
        assertRefused(CoreError.VERSION_CONFLICT, () -> employers.submit(hr, null, rejected.version()));
        EmployerDto again = employers.submit(hr, null, corrected.version());
        assertEquals(EmployerState.PENDING, again.state());
        assertNull(again.rejectionReason());
        assertEquals(e.reviewItemId(), again.reviewItemId(), "the same item goes round again, its trail kept");
        assertEquals("星光集团有限公司", p.reviews.get(s1.schoolAdmin, e.reviewItemId()).attributes().get("name"));
        assertRefused(CoreError.EMPLOYER_IN_REVIEW, () -> employers.submit(hr, null, again.version()));

        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.APPROVE, null);
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.REJECT, ReviewAction.SUBMIT, ReviewAction.APPROVE),
                p.reviews.trail(hr, e.reviewItemId()).stream().map(TrailEntryDto::action).toList());
        EmployerDto verified = employers.mine(hr);
        assertEquals(EmployerState.VERIFIED, verified.state());

        // once verified the identity is fixed, the rest stays the employer's to maintain
        assertEquals(Set.of("name:EMPLOYER_IDENTITY_LOCKED"), fieldCodes(() -> employers.update(hr,
                new EmployerProfile("别的名字", null, null, null, null, null, null, null, null, null, null, null),
                verified.version())));
        EmployerDto contact = employers.update(hr, new EmployerProfile(null, null, null, null, null, null, null,
                "陈经理", "13900139000", null, ArchiveReceiving.notReceiving(), null), verified.version());
        assertEquals("陈经理", contact.contactPerson());
        assertFalse(contact.archive().receives());
        assertNull(contact.archive().forwardingUnit(), "forwarding details go with the archive");
        assertEquals(EmployerState.VERIFIED, contact.state());
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> employers.submit(hr, null, contact.version()));
    }

    @Test
    void revokingAnApprovalPutsTheEmployerBackInReview() {
        EmployerDto e = register("xingguang", CODE, s1.school.id()).employer();
        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.APPROVE, null);
        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.REVOKE, "营业执照已注销");
        assertEquals(EmployerState.PENDING, employers.mine(login("xingguang")).state());
    }

    @Test
    void anEmployerWithoutHomeSchoolNamesOneWhenItSubmits() {
        EmployerDto e = register("xingguang", CODE, null).employer();
        Principal hr = login("xingguang");
        assertTrue(employers.list(s1.schoolAdmin, EmployerState.PENDING, null, PageRequest.firstPage()).items()
                .isEmpty());
        assertEquals(1, employers.list(TestPlatform.operator(), EmployerState.PENDING, CODE.substring(0, 8)
                .toLowerCase(), PageRequest.firstPage()).items().size(), "the operator finds it by credit code");
        assertEquals(Set.of("homeSchoolId:REQUIRED"), fieldCodes(() -> employers.submit(hr, null, e.version())));
        EmployerDto submitted = employers.submit(hr, s2.school.id(), e.version());
        assertEquals(s2.school.id(), submitted.homeSchoolId());
        assertEquals(List.of(e.id()), employers.list(s2.schoolAdmin, EmployerState.PENDING, null,
                PageRequest.firstPage()).items().stream().map(EmployerDto::id).toList());
        act(s2.schoolAdmin, submitted.reviewItemId(), ReviewAction.REJECT, "请上传营业执照");
        // after a rejection it may turn to another school: a new item there
        EmployerDto elsewhere = employers.submit(hr, s1.school.id(), employers.mine(hr).version());
        assertFalse(elsewhere.reviewItemId().equals(submitted.reviewItemId()));
        act(s1.schoolAdmin, elsewhere.reviewItemId(), ReviewAction.APPROVE, null);
        assertEquals(EmployerState.VERIFIED, employers.mine(hr).state());
    }

    @Test
    void onlyAdminsListEmployersAndOtherSchoolsSeeNoPendingOnes() {
        EmployerDto e = register("xingguang", CODE, s1.school.id()).employer();
        Principal hr = login("xingguang");
        assertRefused(CoreError.FORBIDDEN, () -> employers.list(s1.student, null, null, PageRequest.firstPage()));
        assertRefused(CoreError.FORBIDDEN, () -> employers.list(s1.adminA, null, null, PageRequest.firstPage()));
        assertRefused(CoreError.FORBIDDEN, () -> employers.list(hr, null, null, PageRequest.firstPage()));
        assertRefused(CoreError.FORBIDDEN, () -> employers.get(s1.student, e.id()));
        assertRefused(CoreError.FORBIDDEN, () -> employers.mine(s1.schoolAdmin));
        assertTrue(employers.list(s2.schoolAdmin, null, null, PageRequest.firstPage()).items().isEmpty());
        assertRefused(CoreError.OUT_OF_SCOPE, () -> employers.get(s2.schoolAdmin, e.id()));
        assertEquals(e.id(), employers.get(s1.schoolAdmin, e.id()).id());
        assertEquals(e.id(), employers.get(hr, e.id()).id());
        // a student cannot act on the review either
        assertRefused(CoreError.NOT_FOUND, () -> p.reviews.get(s1.student, e.reviewItemId()));
    }

    @Test
    void aSecondAccountOfTheEmployerMayResubmit() {
        EmployerDto e = register("xingguang", CODE, s1.school.id()).employer();
        p.users.create(TestPlatform.operator(), new io.jiuye.api.account.NewUser("xingguang2", "星光集团", Role.EMPLOYER,
                null, null, e.id(), PASSWORD.toCharArray()));
        Principal second = login("xingguang2");
        act(s1.schoolAdmin, e.reviewItemId(), ReviewAction.REJECT, "联系人电话无法接通");
        EmployerDto again = employers.submit(second, null, employers.mine(second).version());
        assertEquals(EmployerState.PENDING, again.state());
        assertEquals("xingguang2", p.reviews.trail(second, e.reviewItemId()).get(2).actorName());
    }

    @Test
    void theEmployerListExportsAsAWorkbook() throws java.io.IOException {
        register("xingguang", CODE, s1.school.id());
        byte[] xlsx = employers.export(s1.schoolAdmin, null, null);
        List<String> second = new java.util.ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx)); var rows = wb.getFirstSheet().openStream()) {
            rows.skip(1).findFirst().ifPresent(r -> {
                for (int i = 0; i < r.getCellCount(); i++) {
                    second.add(r.getCellText(i));
                }
            });
        }
        assertEquals("星光集团", second.get(0));
        assertEquals(CODE, second.get(1));
        org.junit.jupiter.api.Assertions.assertThrows(io.jiuye.api.JiuyeException.class,
                () -> employers.export(s1.student, null, null));
    }
}
