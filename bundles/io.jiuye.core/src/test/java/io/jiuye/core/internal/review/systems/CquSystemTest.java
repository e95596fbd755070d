package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.event.DomainEvent;
import io.jiuye.api.event.DomainEventListener;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.flow.TimeWindow;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.AgreementNumberFormat;
import io.jiuye.api.plugin.AgreementNumberFormat.Token;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SearchKey;
import io.jiuye.api.plugin.SettingDefinition;
import io.jiuye.api.plugin.SigningModeDefinition;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.api.plugin.SigningModeDefinition.Initiation;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition.Initiator;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.document.DocumentService;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chongqing University (seed 000) built with SPI 0.2 and driven through the engine: invitation with a 24-hour
 * consideration period that blocks accepting but not refusing (its length a school setting) and a validity the
 * employer sets; stamped scan, college then school; paper agreement; termination college → employer → school,
 * once per graduate, one open per agreement, from 1 December; 8 destination categories.
 */
class CquSystemTest extends SystemFixture {
    static final String ID = "cqu";

    static FlowDefinition invitationFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("accept", L, ActorKind.COUNTERPARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor()
                        .timer(StepTimer.notBefore(Duration.ofHours(24))
                                .fromSetting("considerationHours", ChronoUnit.HOURS, 0, 168)
                                .blocking(ReviewAction.APPROVE))
                        .timer(StepTimer.expireAfterDays(5).fromAttribute("validityDays", ChronoUnit.DAYS, 1, 30))
                        .build())
                .step(StepDefinition.builder("scan", L, ActorKind.COUNTERPARTY).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("stamped-agreement", L, 5, true)).build())
                .step(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN))
                .step(StepDefinition.builder("school", L, ActorKind.SCHOOL_ADMIN).rejectTo("scan").build())
                .milestoneAfter("accept", Milestone.SIGNED)
                .milestoneAfter("school", Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition paperFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("feedback", L, ActorKind.SUBMITTER).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("stamped-agreement", L, 5, true)).build())
                .step(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN))
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .milestoneOnSubmit(Milestone.PRINTABLE)
                .milestoneAfter("school", Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition terminationFlow(boolean online) {
        FlowDefinition.Builder b = FlowDefinition.builder()
                .step(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN));
        if (online) {
            b.step(StepDefinition.builder("employer", L, ActorKind.EMPLOYER)
                    .actions(ReviewAction.APPROVE, ReviewAction.REJECT)
                    .uploads(SlotDefinition.images("employer-letter", L, 3, false)).build());
        } else {
            b.step(StepDefinition.builder("certificate", L, ActorKind.SUBMITTER).actions(ReviewAction.APPROVE)
                    .uploads(SlotDefinition.images("certificate", L, 3, true)).build());
        }
        return b.step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .limit(FlowLimit.oncePerGraduate("termination"))
                .limit(FlowLimit.oneOpenPerRecord("termination-open", "agreementId"))
                .window(TimeWindow.from(MonthDay.of(12, 1))).notWithdrawable().build();
    }

    static final List<FieldDefinition> INVITATION_FIELDS = List.of(
            FieldDefinition.text("position", L, true, 50),
            FieldDefinition.builder("validityDays", L, FieldType.INTEGER).build(),
            FieldDefinition.builder("salary", L, FieldType.MONEY).required().build());
    static final List<FieldDefinition> TERMINATION_FIELDS = List.of(
            FieldDefinition.text("agreementId", L, true, 40), FieldDefinition.text("reason", L, true, 200));

    @Override
    PluginDescriptor plugin() {
        SigningModeDefinition invitation = SigningModeDefinition.builder(ContributionId.of(ID, "invitation-mode", 1), L,
                Initiation.EMPLOYER_INVITATION, Channel.ONLINE)
                .searchKeys(SearchKey.NAME, SearchKey.GRADUATION_YEAR, SearchKey.PHONE)
                .agreementFields(INVITATION_FIELDS.toArray(FieldDefinition[]::new)).flow(invitationFlow())
                .validity(5, 30).agreementTemplate(ContributionId.of(ID, "agreement", 1))
                .numberFormat(AgreementNumberFormat.of(Token.schoolCode(), Token.year(), Token.serial(5))).build();
        SigningModeDefinition paper = SigningModeDefinition.builder(ContributionId.of(ID, "paper-mode", 1), L,
                Initiation.STUDENT_ENTERED, Channel.OFFLINE).flow(paperFlow())
                .numberFormat(AgreementNumberFormat.of(Token.schoolCode(), Token.year(), Token.serial(5))).build();
        TerminationRuleDefinition termination = TerminationRuleDefinition.builder(
                ContributionId.of(ID, "termination-rule", 1), L)
                .online(terminationFlow(true), Initiator.STUDENT, Initiator.EMPLOYER)
                .offline(terminationFlow(false), Initiator.STUDENT)
                .certificateTemplates(ContributionId.of(ID, "termination-certificate", 1)).build();
        List<Contribution> all = new ArrayList<>(List.of(invitation, paper, termination,
                new DocumentTemplateDefinition(ContributionId.of(ID, "termination-certificate", 1), L,
                        "termination-certificate", "templates/termination-certificate.json", DocumentService.LAYOUT),
                itemType(ID, "invitation", INVITATION_FIELDS, invitationFlow()),
                itemType(ID, "paper", List.of(FieldDefinition.text("employerName", L, true, 100)), paperFlow()),
                itemType(ID, "termination-online", TERMINATION_FIELDS, terminationFlow(true)),
                itemType(ID, "termination-offline", TERMINATION_FIELDS, terminationFlow(false))));
        String[][] categories = {{"labour-contract", "11"}, {"research-assistant", "271"},
            {"employer-certificate", "12"}, {"programmes", null}, {"further-study", "801"}, {"abroad", "85"},
            {"flexible", "76"}, {"not-employed", "70"}};
        FlowDefinition review = FlowDefinition.of(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN),
                StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));
        for (String[] c : categories) {
            DestinationCategoryDefinition.Builder b = DestinationCategoryDefinition
                    .builder(ContributionId.of(ID, "dest-" + c[0], 1), L, c[1]).group(L)
                    .release(FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)));
            if (c[1] != null) {
                b.registration(review);
            }
            if ("70".equals(c[1])) {
                b.doesNotOccupyRecord();
            }
            all.add(b.build());
        }
        for (String[] sub : new String[][] {{"xuandiao", "512"}, {"west", "503"}, {"sanzhiyifu", "502"}}) {
            all.add(DestinationCategoryDefinition.builder(ContributionId.of(ID, "dest-" + sub[0], 1), L, sub[1])
                    .parent("dest-programmes").registration(review).build());
        }
        return descriptor(ID, all, SettingDefinition.integer("considerationHours", L, 24, 0, 168));
    }

    @BeforeEach
    void setUp() {
        start();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    private ReviewItemDto invite(Principal student, String validityDays) {
        Map<String, String> values = validityDays == null ? Map.of("position", "软件工程师", "salary", "9000")
                : Map.of("position", "软件工程师", "salary", "9000", "validityDays", validityDays);
        return submit(employer, "invitation", values, null, student);
    }

    @Test
    void theDataOfCquIsExpressible() {
        List<SigningModeDefinition> modes = contributions(SigningModeDefinition.class);
        assertEquals(2, modes.size());
        SigningModeDefinition invitation = modes.stream().filter(m -> m.channel() == Channel.ONLINE).findFirst()
                .orElseThrow();
        assertEquals(List.of(Set.of(SearchKey.NAME, SearchKey.GRADUATION_YEAR, SearchKey.PHONE)),
                invitation.searchKeySets());
        assertEquals(new SigningModeDefinition.Validity(5, 30), invitation.validity());
        assertEquals("10611202600042", invitation.numberFormat().format(true, 2026, "10611", 42));
        List<DestinationCategoryDefinition> own = contributions(DestinationCategoryDefinition.class).stream()
                .filter(c -> c.id().pluginId().equals(ID)).toList();
        assertEquals(8, own.stream().filter(c -> c.parentKey() == null).count());
        assertEquals(3, own.stream().filter(c -> "dest-programmes".equals(c.parentKey())).count());
        assertFalse(own.stream().filter(c -> "70".equals(c.nationalCode())).findFirst().orElseThrow()
                .occupiesRecord());
        assertEquals(1, contributions(TerminationRuleDefinition.class).size());
    }

    @Test
    void acceptingWaitsForTheConsiderationPeriodButRefusingDoesNot() {
        ReviewItemDto item = invite(s.student, null);
        ReviewItemDto seen = get(s.student, item);
        assertEquals(Set.of(ReviewAction.REJECT), seen.allowedActions());
        assertRefused(CoreError.REVIEW_NOT_YET_ALLOWED, () -> act(s.student, item, ReviewAction.APPROVE));
        p.clock.advance(Duration.ofHours(23));
        assertRefused(CoreError.REVIEW_NOT_YET_ALLOWED, () -> act(s.student, item, ReviewAction.APPROVE));
        p.clock.advance(Duration.ofHours(1));
        ReviewItemDto accepted = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("scan", accepted.stepKey());
        assertEquals(Set.of(Milestone.SIGNED), accepted.milestones());

        // refusing needs no waiting and no reason; the employer may invite again
        ReviewItemDto second = invite(s.student2, null);
        assertEquals(ItemState.REJECTED, act(s.student2, second, ReviewAction.REJECT).state());
        assertEquals("accept", invite(s.student2, null).stepKey());
    }

    @Test
    void theConsiderationPeriodIsTheSchoolsSetting() {
        p.schoolPlugins.updateSettings(s.schoolAdmin, s.school.id(), ID, Map.of("considerationHours", "48"));
        ReviewItemDto item = invite(s.student, null);
        p.clock.advance(Duration.ofHours(24));
        assertRefused(CoreError.REVIEW_NOT_YET_ALLOWED, () -> act(s.student, item, ReviewAction.APPROVE));
        p.clock.advance(Duration.ofHours(24));
        assertEquals("scan", act(s.student, item, ReviewAction.APPROVE).stepKey());
        p.schoolPlugins.updateSettings(s.schoolAdmin, s.school.id(), ID, Map.of("considerationHours", "0"));
        ReviewItemDto immediate = invite(s.student2, null);
        assertEquals("scan", act(s.student2, immediate, ReviewAction.APPROVE).stepKey());
    }

    @Test
    void theValidityTheEmployerChoseEndsTheInvitationAndALateAnswerIsRefusedAtOnce() {
        ReviewItemDto item = invite(s.student, "2"); // 2026-03-02 10:00 Shanghai: due 2026-03-05 00:00 Shanghai
        assertEquals(Instant.parse("2026-03-04T16:00:00Z"), item.deadline());
        ReviewItemDto capped = invite(s.student2, "365");
        assertEquals(Instant.parse("2026-04-01T16:00:00Z"), capped.deadline(), "at most 30 days");
        p.clock.set(Instant.parse("2026-03-04T16:00:00Z"));
        assertTrue(get(s.student, item).allowedActions().isEmpty());
        // the poller has not come yet: the answer is refused and the invitation is expired there and then
        assertRefused(CoreError.REVIEW_DEADLINE_PASSED, () -> act(s.student, item, ReviewAction.APPROVE));
        assertEquals(ItemState.EXPIRED, get(s.student, item).state());
        assertEquals(ReviewAction.EXPIRE, p.reviews.trail(s.student, item.id()).get(1).action());
        assertEquals(0, p.reviews.runDueTimers(), "nothing left for the poller");
        assertEquals(ItemState.IN_REVIEW, get(s.student2, capped).state());
    }

    @Test
    void theOnlineAgreementTakesEffectAfterTheSchoolAndARejectedScanIsUploadedAgain() {
        List<String> milestones = new ArrayList<>();
        p.events.addListener(listener(e -> milestones.add(e.data().get("milestone") + "@" + e.data().get("stepKey"))));
        ReviewItemDto item = invite(s.student, null);
        p.clock.advance(Duration.ofHours(24));
        item = act(s.student, item, ReviewAction.APPROVE);
        item = act(s.student, item, ReviewAction.APPROVE); // the stamped scan
        item = act(s.adminA, item, ReviewAction.APPROVE);
        ReviewItemDto atSchool = item;
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.schoolAdmin, atSchool, ReviewAction.REJECT));
        item = act(s.schoolAdmin, item, ReviewAction.REJECT, "盖章不清晰");
        assertEquals("scan", item.stepKey());
        assertEquals(ItemState.IN_REVIEW, item.state());
        assertEquals(Set.of(Milestone.SIGNED), item.milestones());
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("college", item.stepKey(), "the new scan is reviewed from the college on");
        item = act(s.adminA, item, ReviewAction.APPROVE);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state());
        assertEquals(Set.of(Milestone.SIGNED, Milestone.EFFECTIVE), item.milestones());
        assertEquals(List.of("SIGNED@accept", "EFFECTIVE@school"), milestones);
    }

    @Test
    void thePaperAgreementIsPrintableOnSubmissionAndEffectiveAfterTheSchool() {
        ReviewItemDto item = submit(s.student, "paper", Map.of("employerName", "重庆某公司"), null, null);
        assertEquals(Set.of(Milestone.PRINTABLE), item.milestones());
        item = act(s.student, item, ReviewAction.APPROVE);
        item = act(s.adminA, item, ReviewAction.APPROVE);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals(Set.of(Milestone.PRINTABLE, Milestone.EFFECTIVE), item.milestones());
    }

    @Test
    void terminationGoesCollegeEmployerSchoolOncePerGraduateOneOpenPerAgreementFromTheFirstOfDecember() {
        Map<String, String> a1 = Map.of("agreementId", "agr_1", "reason", "个人原因");
        p.clock.set(Instant.parse("2026-09-15T02:00:00Z"));
        assertRefused(CoreError.REVIEW_OUTSIDE_WINDOW,
                () -> submit(s.student, "termination-online", a1, "emp_1", null));
        p.clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 1 December, 00:00 in Shanghai
        ReviewItemDto mine = submit(s.student, "termination-online", a1, "emp_1", null);
        assertFalse(mine.allowedActions().contains(ReviewAction.WITHDRAW), "cannot be withdrawn (R-TERM-2)");
        // the employer cannot open a second termination of the same agreement while this one is open
        assertRefused(CoreError.REVIEW_LIMIT_REACHED,
                () -> submit(employer, "termination-online", a1, null, s.student));
        mine = act(s.adminA, mine, ReviewAction.APPROVE);
        assertEquals("employer", mine.stepKey());
        ReviewItemDto atEmployer = mine;
        assertRefused(CoreError.NOT_FOUND, () -> act(otherEmployer, atEmployer, ReviewAction.APPROVE));
        assertRefused(CoreError.REVIEW_NOT_YOUR_STEP, () -> act(s.schoolAdmin, atEmployer, ReviewAction.APPROVE));
        mine = act(employer, mine, ReviewAction.APPROVE);
        mine = act(s.schoolAdmin, mine, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, mine.state());
        // once per graduate, whoever applies and for whichever agreement
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(employer, "termination-online",
                Map.of("agreementId", "agr_2", "reason", "x"), null, s.student));
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(s.student, "termination-offline",
                Map.of("agreementId", "agr_3", "reason", "x"), null, null));
        // a rejected application does not use the chance up
        ReviewItemDto other = submit(s.student2, "termination-offline",
                Map.of("agreementId", "agr_9", "reason", "x"), null, null);
        act(s.adminA, other, ReviewAction.REJECT, "材料不全");
        assertEquals("college", submit(s.student2, "termination-offline",
                Map.of("agreementId", "agr_9", "reason", "y"), null, null).stepKey());
    }

    @Test
    void twoConcurrentApplicationsUnderOneLimitCannotBothPass() throws Exception {
        for (int round = 0; round < 2; round++) {
            Principal student = round == 0 ? s.student : s.student2;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String agreement = "agr_c" + round + i;
                Principal who = i == 0 ? student : employer;
                Principal counterparty = i == 0 ? null : student;
                String employerId = i == 0 ? "emp_1" : null;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        submit(who, "termination-online", Map.of("agreementId", agreement, "reason", "x"),
                                employerId, counterparty);
                        return "OK";
                    } catch (JiuyeException e) {
                        return e.error().code();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, results.stream().filter("OK"::equals).count(), results.toString());
        }
    }

    static DomainEventListener listener(java.util.function.Consumer<DomainEvent> onMilestone) {
        return new DomainEventListener() {
            @Override
            public String pluginId() {
                return ID;
            }

            @Override
            public Set<String> eventTypes() {
                return Set.of(DomainEvent.REVIEW_MILESTONE);
            }

            @Override
            public void onEvent(DomainEvent event) {
                onMilestone.accept(event);
            }
        };
    }

}
