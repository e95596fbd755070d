package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.Amendment;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldOption;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.Prefill;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.plugin.AgreementNumberFormat;
import io.jiuye.api.plugin.AgreementNumberFormat.Token;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SearchKey;
import io.jiuye.api.plugin.SigningModeDefinition;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.api.plugin.SigningModeDefinition.Initiation;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition.Initiator;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.TrailEntryDto;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hubei (seed 001) built with SPI 0.2 and driven through the engine: invitation with the employer-set validity
 * (default 5 days), school verification that completes the employer's data as step values, withdrawal of a
 * verification, amendment before verification; the paper agreement effective after its first review, edited and
 * resubmitted after a return, its scan rejected back to the upload; termination by the other party's consent then
 * the school, once; 9 destination groups with sub-choices; the 1…/2… agreement number.
 */
class HubeiSystemTest extends SystemFixture {
    static final String ID = "hubei";

    static final List<FieldDefinition> INVITATION_FIELDS = List.of(
            FieldDefinition.text("position", L, true, 50),
            FieldDefinition.builder("salary", L, FieldType.MONEY).required().build(),
            FieldDefinition.builder("validityDays", L, FieldType.INTEGER)
                    .help(L).build(),
            FieldDefinition.builder("archiveReceiving", L, FieldType.ENUM).section("archive")
                    .options(FieldOption.of("NOT_RECEIVED", "单位不接收", "Not received"),
                            FieldOption.of("RECEIVED", "单位接收", "Received")).build(),
            FieldDefinition.builder("archiveForwardAddress", L, FieldType.TEXT).section("archive")
                    .visibleWhen(io.jiuye.api.flow.Condition.in("archiveReceiving", "NOT_RECEIVED")).required()
                    .build());

    static final FieldDefinition[] VERIFIER_FIELDS = {
        FieldDefinition.builder("employerNature", L, FieldType.ENUM).prefill(Prefill.employer("nature"))
                .options(FieldOption.of("ENTERPRISE", "企业", "Enterprise"),
                        FieldOption.of("GOVERNMENT", "机关", "Government")).build(),
        FieldDefinition.builder("industry", L, FieldType.TEXT).maxLength(40).build(),
        FieldDefinition.builder("location", L, FieldType.REGION).dataTable("national:regions").build(),
        FieldDefinition.builder("address", L, FieldType.TEXT).maxLength(100).prefill(Prefill.item("address")).build()
    };

    static FlowDefinition invitationFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("accept", L, ActorKind.COUNTERPARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor()
                        .timer(StepTimer.expireAfterDays(5).fromAttribute("validityDays", ChronoUnit.DAYS, 1, 30))
                        .build())
                .step(StepDefinition.builder("verify", L, ActorKind.SCHOOL_ADMIN)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).fields(VERIFIER_FIELDS).build())
                .milestoneAfter("accept", Milestone.SIGNED)
                .milestoneAfter("verify", Milestone.EFFECTIVE)
                .amendment(Amendment.by(ActorKind.EMPLOYER, "accept", "accept", "verify"))
                .build();
    }

    static FlowDefinition paperFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("agreement-review", L, ActorKind.SCHOOL_ADMIN)
                        .actions(ReviewAction.APPROVE, ReviewAction.RETURN).build())
                .step(StepDefinition.builder("feedback", L, ActorKind.SUBMITTER).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("stamped-agreement", L, 3, true)).build())
                .step(StepDefinition.builder("scan-review", L, ActorKind.SCHOOL_ADMIN)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).rejectTo("feedback").build())
                .milestoneAfter("agreement-review", Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition terminationOnline() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("consent", L, ActorKind.OTHER_PARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor().build())
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .limit(FlowLimit.oncePerGraduate("termination"))
                .limit(FlowLimit.oneOpenPerRecord("termination-open", "agreementId"))
                .notWithdrawable().build();
    }

    static FlowDefinition terminationOffline() {
        return FlowDefinition.builder()
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .limit(FlowLimit.oncePerGraduate("termination"))
                .notWithdrawable().build();
    }

    static final List<FieldDefinition> TERMINATION_FIELDS = List.of(
            FieldDefinition.text("agreementId", L, true, 40), FieldDefinition.text("reason", L, true, 200));

    static final AgreementNumberFormat NUMBER = AgreementNumberFormat.of(Token.channelDigit("1", "2"), Token.year(),
            Token.schoolCode(), Token.serial(5));

    @Override
    PluginDescriptor plugin() {
        List<Contribution> all = new ArrayList<>(List.of(
                SigningModeDefinition.builder(ContributionId.of(ID, "invitation-mode", 1), L,
                        Initiation.EMPLOYER_INVITATION, Channel.ONLINE)
                        .searchKeys(SearchKey.SCHOOL, SearchKey.GRADUATION_YEAR, SearchKey.NAME, SearchKey.PHONE)
                        .searchKeys(SearchKey.SCHOOL, SearchKey.GRADUATION_YEAR, SearchKey.NAME, SearchKey.ID_NUMBER)
                        .agreementFields(INVITATION_FIELDS.toArray(FieldDefinition[]::new))
                        .flow(invitationFlow()).validity(5, 30).numberFormat(NUMBER).build(),
                SigningModeDefinition.builder(ContributionId.of(ID, "paper-mode", 1), L,
                        Initiation.STUDENT_ENTERED, Channel.OFFLINE).flow(paperFlow()).numberFormat(NUMBER).build(),
                TerminationRuleDefinition.builder(ContributionId.of(ID, "termination-rule", 1), L)
                        .online(terminationOnline(), Initiator.STUDENT, Initiator.EMPLOYER)
                        .offline(terminationOffline(), Initiator.STUDENT)
                        .applicationUploads(SlotDefinition.images("certificate", L, 3, true))
                        .certificateTemplates(ContributionId.of(ID, "termination-certificate", 1)).build(),
                itemType(ID, "invitation", INVITATION_FIELDS, invitationFlow()),
                itemType(ID, "paper", List.of(FieldDefinition.text("employerName", L, true, 100),
                        FieldDefinition.text("address", L, false, 100)), paperFlow()),
                itemType(ID, "termination-online", TERMINATION_FIELDS, terminationOnline())));
        FlowDefinition review = FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));
        for (int g = 1; g <= 9; g++) {
            all.add(DestinationCategoryDefinition.builder(ContributionId.of(ID, "group-" + g, 1), L, null).group(L)
                    .build());
            for (int c = 1; c <= 2; c++) {
                DestinationCategoryDefinition.Builder b = DestinationCategoryDefinition
                        .builder(ContributionId.of(ID, "dest-" + g + "-" + c, 1), L, g == 9 ? "70" : "1" + c)
                        .parent("group-" + g).registration(review).release(review);
                if (g == 9) {
                    b.doesNotOccupyRecord();
                }
                all.add(b.build());
            }
        }
        return descriptor(ID, all);
    }

    @BeforeEach
    void setUp() {
        start();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    private ReviewItemDto invite(Map<String, String> extra) {
        Map<String, String> v = new java.util.HashMap<>(Map.of("position", "会计", "salary", "6000",
                "archiveReceiving", "RECEIVED"));
        v.putAll(extra);
        return submit(employer, "invitation", v, null, s.student);
    }

    @Test
    void theDataOfHubeiIsExpressible() {
        SigningModeDefinition invitation = contributions(SigningModeDefinition.class).stream()
                .filter(m -> m.initiation() == Initiation.EMPLOYER_INVITATION).findFirst().orElseThrow();
        assertEquals(2, invitation.searchKeySets().size(), "either key set finds the student");
        assertEquals("1" + "2026" + "10486" + "00042", NUMBER.format(true, 2026, "10486", 42), "1… electronic");
        assertEquals("2" + "2026" + "10486" + "00007", NUMBER.format(false, 2026, "10486", 7), "2… paper");
        List<DestinationCategoryDefinition> cats = contributions(DestinationCategoryDefinition.class).stream()
                .filter(c -> c.id().pluginId().equals(ID)).toList();
        assertEquals(9, cats.stream().filter(c -> c.registrationFlow() == null).count(), "nine group headings");
        assertEquals(18, cats.stream().filter(c -> c.parentKey() != null).count());
    }

    @Test
    void anUnansweredInvitationExpiresAfterTheValidityTheEmployerSet() {
        ReviewItemDto chosen = invite(Map.of("validityDays", "3"));
        ReviewItemDto byDefault = submit(employer, "invitation", Map.of("position", "出纳", "salary", "5000",
                "archiveReceiving", "RECEIVED"), null, s.student2);
        p.clock.advance(Duration.ofDays(3)); // 2026-03-05 10:00 Shanghai: due at 24:00 of that day
        assertEquals(0, p.reviews.runDueTimers());
        p.clock.set(java.time.Instant.parse("2026-03-05T16:00:00Z"));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.EXPIRED, get(s.student, chosen).state());
        assertEquals(ItemState.IN_REVIEW, get(s.student2, byDefault).state());
        p.clock.set(java.time.Instant.parse("2026-03-07T16:00:00Z"));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.EXPIRED, get(s.student2, byDefault).state());
    }

    @Test
    void fieldsShownOnlyWhenTheyApplyAreRequiredOnlyThen() {
        JiuyeException e = org.junit.jupiter.api.Assertions.assertThrows(JiuyeException.class,
                () -> invite(Map.of("archiveReceiving", "NOT_RECEIVED")));
        assertEquals(List.of("archiveForwardAddress"), e.fieldErrors().stream().map(JiuyeException.FieldError::field)
                .toList());
        assertEquals("accept", invite(Map.of("archiveReceiving", "NOT_RECEIVED", "archiveForwardAddress",
                "武汉市洪山区人才中心")).stepKey());
    }

    @Test
    void theVerifierCompletesTheEmployersDataAndTheAgreementTakesEffect() {
        ReviewItemDto item = act(s.student, invite(Map.of()), ReviewAction.APPROVE);
        assertEquals("verify", item.stepKey());
        ReviewItemDto atVerify = item;
        assertRefused(CoreError.VALIDATION_FAILED, () -> act(s.schoolAdmin, atVerify, ReviewAction.APPROVE, null,
                Map.of("employerNature", "PIRATE")));
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.schoolAdmin, atVerify, ReviewAction.REJECT));
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE, null, Map.of("employerNature", "ENTERPRISE",
                "industry", "信息技术", "location", "420111"));
        assertEquals(ItemState.APPROVED, item.state());
        assertEquals(Set.of(Milestone.SIGNED, Milestone.EFFECTIVE), item.milestones());
        assertEquals("ENTERPRISE", item.attributes().get("employerNature"));
        TrailEntryDto verified = p.reviews.trail(s.student, item.id()).get(2);
        assertEquals(Map.of("employerNature", "ENTERPRISE", "industry", "信息技术", "location", "420111"),
                verified.values());
        // 撤回审核: the school withdraws the verification and may reject it then
        item = act(s.schoolAdmin, item, ReviewAction.REVOKE, "签约信息有误");
        assertEquals("verify", item.stepKey());
        item = act(s.schoolAdmin, item, ReviewAction.REJECT, "虚假签约");
        assertEquals(ItemState.REJECTED, item.state());
    }

    @Test
    void beforeVerificationTheEmployerAmendsAndTheStudentAgreesAgain() {
        ReviewItemDto item = act(s.student, invite(Map.of()), ReviewAction.APPROVE);
        assertTrue(get(employer, item).allowedActions().contains(ReviewAction.AMEND));
        ReviewItemDto atVerify = item;
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> act(s.student, atVerify, ReviewAction.AMEND, null,
                Map.of("position", "x", "salary", "1", "archiveReceiving", "RECEIVED")));
        assertRefused(CoreError.VALIDATION_FAILED, () -> act(employer, atVerify, ReviewAction.AMEND));
        item = act(employer, item, ReviewAction.AMEND, "薪资调整", Map.of("position", "会计", "salary", "6500",
                "archiveReceiving", "RECEIVED"));
        assertEquals("accept", item.stepKey());
        assertEquals("6500", get(s.student, item).attributes().get("salary"));
        assertEquals("EMPLOYER", get(s.schoolAdmin, item).attributes().get("initiator"), "facts are kept");
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("verify", item.stepKey());
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        ReviewItemDto verified = item;
        assertTrue(!get(employer, verified).allowedActions().contains(ReviewAction.AMEND),
                "after verification only termination");
    }

    @Test
    void thePaperAgreementIsEffectiveAfterItsFirstReviewAndARejectedScanIsUploadedAgain() {
        ReviewItemDto item = submit(s.student, "paper", Map.of("employerName", "武汉某公司"), null, null);
        item = act(s.schoolAdmin, item, ReviewAction.RETURN, "单位名称不全");
        assertEquals(ItemState.RETURNED, item.state());
        assertTrue(item.milestones().isEmpty());
        // 学生可继续修改协议书: edited and submitted again
        item = act(s.student, item, ReviewAction.SUBMIT, null, Map.of("employerName", "武汉某某科技有限公司"));
        assertEquals("agreement-review", item.stepKey());
        assertEquals("武汉某某科技有限公司", item.attributes().get("employerName"));
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals("feedback", item.stepKey());
        assertEquals(Set.of(Milestone.EFFECTIVE), item.milestones(), "待反馈, 已生效");
        item = act(s.student, item, ReviewAction.APPROVE);
        item = act(s.schoolAdmin, item, ReviewAction.REJECT, "扫描件不清晰");
        assertEquals("feedback", item.stepKey());
        assertEquals(Set.of(Milestone.EFFECTIVE), item.milestones(), "the agreement stays effective");
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("scan-review", item.stepKey(), "no new agreement review");
        assertEquals(ItemState.APPROVED, act(s.schoolAdmin, item, ReviewAction.APPROVE).state());
    }

    @Test
    void terminationNeedsTheOtherPartysConsentThenTheSchoolOnce() {
        // the student applies: the employer of the agreement consents
        ReviewItemDto mine = submit(s.student, "termination-online",
                Map.of("agreementId", "agr_1", "reason", "考取公务员"), "emp_1", null);
        assertEquals("consent", mine.stepKey());
        assertEquals(Set.of(ReviewAction.APPROVE, ReviewAction.REJECT), get(employer, mine).allowedActions());
        assertEquals(List.of(mine.id()), p.reviews.waitingFor(employer, io.jiuye.api.PageRequest.firstPage())
                .items().stream().map(ReviewItemDto::id).toList(), "on the employer's to-do list");
        assertTrue(p.reviews.waitingFor(otherEmployer, io.jiuye.api.PageRequest.firstPage()).items().isEmpty());
        assertTrue(get(s.student, mine).allowedActions().isEmpty(), "no withdrawal, no self-consent");
        // declining leaves the agreement effective and uses no chance
        mine = act(employer, mine, ReviewAction.REJECT);
        assertEquals(ItemState.REJECTED, mine.state());
        // the employer applies now: the student consents
        ReviewItemDto theirs = submit(employer, "termination-online",
                Map.of("agreementId", "agr_1", "reason", "岗位撤销"), null, s.student);
        assertEquals(Set.of(ReviewAction.APPROVE, ReviewAction.REJECT), get(s.student, theirs).allowedActions());
        assertEquals(List.of(theirs.id()), p.reviews.waitingFor(s.student, io.jiuye.api.PageRequest.firstPage())
                .items().stream().map(ReviewItemDto::id).toList(), "on the student's to-do list");
        assertTrue(p.reviews.waitingFor(employer, io.jiuye.api.PageRequest.firstPage()).items().isEmpty(),
                "not on the applicant's");
        assertTrue(get(employer, theirs).allowedActions().isEmpty());
        theirs = act(s.student, theirs, ReviewAction.APPROVE);
        theirs = act(s.schoolAdmin, theirs, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, theirs.state());
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(s.student, "termination-online",
                Map.of("agreementId", "agr_2", "reason", "x"), "emp_2", null));
        assertNull(get(s.student, theirs).deadline());
    }
}
