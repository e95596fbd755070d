package io.jiuye.core.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.event.DomainEvent;
import io.jiuye.api.event.DomainEventListener;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.Condition;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.flow.TimeWindow;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.core.internal.TestPlatform;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
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

/** The review engine end to end on Derby: every action, refusals, concurrency, snapshots, timers, limits. */
class ReviewFlowTest {
    private static final LocalizedText L = LocalizedText.of("环节", "Step");
    private static final String TYPE = "test:report@1";

    private TestPlatform p;
    private TestPlatform.School s;

    static FlowDefinition collegeThenSchool() {
        return FlowDefinition.of(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN),
                StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));
    }

    static PluginDescriptor plugin(ItemTypeDefinition... types) {
        return new PluginDescriptor("test", "1.0.0", LocalizedText.of("测试", "Test"), false, List.of(types), null,
                null);
    }

    static ItemTypeDefinition type(String key, FlowDefinition flow) {
        return new ItemTypeDefinition(io.jiuye.api.plugin.ContributionId.of("test", key, 1), L,
                List.of(FieldDefinition.text("company", L, true, 100),
                        FieldDefinition.choice("kind", L, false, List.of("ENTERPRISE", "GOVERNMENT"))),
                flow);
    }

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        registered = p.install(plugin(type("report", collegeThenSchool())));
        s = p.school("S1");
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "test", true);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private ReviewItemDto submit(Principal who) {
        return p.reviews.submit(who, new SubmitRequest(TYPE, Map.of("company", "华为"), null, null));
    }

    private ReviewItemDto act(Principal who, ReviewItemDto item, ReviewAction a, String remark) {
        return p.reviews.act(who, item.id(), a, item.version(), remark);
    }

    private static void assertRefused(CoreError code, Runnable r) {
        JiuyeException e = assertThrows(JiuyeException.class, r::run);
        assertEquals(code, e.error());
    }

    @Test
    void approvalsMoveThroughEveryStepAndWriteTheTrail() {
        ReviewItemDto item = submit(s.student);
        assertEquals(ItemState.IN_REVIEW, item.state());
        assertEquals("college", item.stepKey());
        assertEquals(Set.of(ReviewAction.WITHDRAW), item.allowedActions());
        assertEquals(1, p.reviews.waitingFor(s.adminA, PageRequest.firstPage()).items().size());
        assertTrue(p.reviews.waitingFor(s.adminB, PageRequest.firstPage()).items().isEmpty());

        item = act(s.adminA, item, ReviewAction.APPROVE, "情况属实");
        assertEquals("school", item.stepKey());
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE, null);
        assertEquals(ItemState.APPROVED, item.state());
        assertNull(item.stepKey());

        List<TrailEntryDto> trail = p.reviews.trail(s.student, item.id());
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.APPROVE),
                trail.stream().map(TrailEntryDto::action).toList());
        assertEquals("情况属实", trail.get(1).remark());
        assertEquals(List.of(ItemState.IN_REVIEW, ItemState.IN_REVIEW, ItemState.APPROVED),
                trail.stream().map(TrailEntryDto::resultingState).toList());
        assertEquals(List.of("college", "school"), trail.subList(1, 3).stream().map(TrailEntryDto::stepKey).toList());
        assertEquals(s.adminA.username(), trail.get(1).actorName());
        assertEquals(ItemState.APPROVED, p.reviews.get(s.schoolAdmin, item.id()).state());
    }

    @Test
    void rejectNeedsAReasonAndTheSubmitterMayResubmit() {
        ReviewItemDto item = submit(s.student);
        ReviewItemDto first = item;
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.adminA, first, ReviewAction.REJECT, " "));
        item = act(s.adminA, item, ReviewAction.REJECT, "材料不全");
        assertEquals(ItemState.REJECTED, item.state());
        assertEquals(Set.of(ReviewAction.SUBMIT), p.reviews.get(s.student, item.id()).allowedActions());
        item = act(s.student, item, ReviewAction.SUBMIT, null);
        assertEquals(ItemState.IN_REVIEW, item.state());
        assertEquals("college", item.stepKey());
    }

    @Test
    void returnForCorrectionThenResubmit() {
        ReviewItemDto item = submit(s.student);
        item = act(s.adminA, item, ReviewAction.RETURN, "请补充单位全称");
        assertEquals(ItemState.RETURNED, item.state());
        ReviewItemDto returned = item;
        assertRefused(CoreError.NOT_FOUND, () -> act(s.student2, returned, ReviewAction.SUBMIT, null));
        item = act(s.student, item, ReviewAction.SUBMIT, null);
        assertEquals("college", item.stepKey());
    }

    @Test
    void withdrawBySubmitterOnly() {
        ReviewItemDto item = submit(s.student);
        assertRefused(CoreError.REVIEW_NOT_YOUR_STEP, () -> act(s.adminA, submit(s.student2),
                ReviewAction.WITHDRAW, null));
        item = act(s.student, item, ReviewAction.WITHDRAW, null);
        assertEquals(ItemState.WITHDRAWN, item.state());
        ReviewItemDto withdrawn = item;
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> act(s.student, withdrawn, ReviewAction.WITHDRAW,
                null));
    }

    @Test
    void schoolAdminRevokesAnApprovalBackToTheLastStep() {
        ReviewItemDto item = submit(s.student);
        item = act(s.adminA, item, ReviewAction.APPROVE, null);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE, null);
        ReviewItemDto approved = item;
        assertRefused(CoreError.REVIEW_NOT_YOUR_STEP, () -> act(s.adminA, approved, ReviewAction.REVOKE, "误审"));
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.schoolAdmin, approved, ReviewAction.REVOKE, null));
        item = act(s.schoolAdmin, item, ReviewAction.REVOKE, "协议信息有误，撤回审核");
        assertEquals(ItemState.IN_REVIEW, item.state());
        assertEquals("school", item.stepKey());
        item = act(s.schoolAdmin, item, ReviewAction.REJECT, "虚假签约");
        assertEquals(ItemState.REJECTED, item.state());
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        ReviewItemDto item = submit(s.student);
        ReviewItemDto it = item;
        assertRefused(CoreError.REVIEW_NOT_YOUR_STEP, () -> act(s.student, it, ReviewAction.APPROVE, null));
        assertRefused(CoreError.REVIEW_NOT_YOUR_STEP, () -> act(s.schoolAdmin, it, ReviewAction.APPROVE, null));
        assertRefused(CoreError.OUT_OF_SCOPE, () -> act(s.adminB, it, ReviewAction.APPROVE, null));
        assertRefused(CoreError.NOT_FOUND, () -> p.reviews.get(s.student2, it.id()));
        assertRefused(CoreError.VERSION_CONFLICT, () -> p.reviews.act(s.adminA, it.id(), ReviewAction.APPROVE,
                it.version() + 7, null));
        ReviewItemDto unchanged = p.reviews.get(s.adminA, item.id());
        assertEquals(item.version(), unchanged.version());
        assertEquals("college", unchanged.stepKey());
        assertEquals(1, p.reviews.trail(s.adminA, item.id()).size());

        item = act(s.adminA, item, ReviewAction.APPROVE, null);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE, null);
        ReviewItemDto done = item;
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> act(s.schoolAdmin, done, ReviewAction.APPROVE,
                null));
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> act(s.student, done, ReviewAction.WITHDRAW, null));
    }

    @Test
    void concurrentApprovalsOfOneStepLetExactlyOneWin() throws Exception {
        TestPlatform.School other = s;
        Principal secondAdmin = p.auth.authenticate(p.auth.login(other.adminA.username(), "Passw0rdX".toCharArray(),
                null).token());
        for (int round = 0; round < 5; round++) {
            ReviewItemDto item = submit(s.student);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (Principal who : List.of(s.adminA, secondAdmin)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        act(who, item, ReviewAction.APPROVE, null);
                        return "OK";
                    } catch (JiuyeException e) {
                        return e.error().code();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, outcomes.stream().filter("OK"::equals).count(), outcomes.toString());
            assertTrue(outcomes.contains("VERSION_CONFLICT"), outcomes.toString());
            assertEquals(2, p.reviews.trail(s.adminA, item.id()).size());
            assertEquals("school", p.reviews.get(s.adminA, item.id()).stepKey());
        }
    }

    @Test
    void theFlowSnapshotSurvivesAChangeOfConfiguration() {
        ReviewItemDto item = submit(s.student);
        // the plugin comes back with a one-step flow: the item submitted before keeps its two steps
        replaceType(FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)));
        item = act(s.adminA, item, ReviewAction.APPROVE, null);
        assertEquals("school", item.stepKey());
        assertEquals(2, item.flow().steps().size());
        ReviewItemDto fresh = submit(s.student2);
        assertEquals("school", fresh.stepKey());
        assertEquals(1, fresh.flow().steps().size());
    }

    @Test
    void conditionsSkipStepsAndSystemStepsCompleteAtOnce() {
        FlowDefinition flow = FlowDefinition.of(
                StepDefinition.automatic("auto", L).withConditions(Condition.in("kind", "ENTERPRISE")),
                StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)
                        .withConditions(Condition.notIn("kind", "ENTERPRISE")));
        replaceType(flow);
        ReviewItemDto enterprise = p.reviews.submit(s.student, new SubmitRequest(TYPE,
                Map.of("company", "A", "kind", "ENTERPRISE"), null, null));
        assertEquals(ItemState.APPROVED, enterprise.state());
        List<TrailEntryDto> auto = p.reviews.trail(s.student, enterprise.id());
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE), auto.stream().map(TrailEntryDto::action).toList());
        assertEquals(List.of(ItemState.APPROVED, ItemState.APPROVED),
                auto.stream().map(TrailEntryDto::resultingState).toList());
        ReviewItemDto government = p.reviews.submit(s.student2, new SubmitRequest(TYPE,
                Map.of("company", "B", "kind", "GOVERNMENT"), null, null));
        assertEquals("school", government.stepKey());
    }

    private void replaceType(FlowDefinition flow) {
        p.registry.removePlugin(registered);
        registered = p.install(plugin(type("report", flow)));
    }

    private JiuyePlugin registered;

    @Test
    void autoConfirmTimerFiresAfterSevenDays() {
        replaceType(FlowDefinition.of(StepDefinition.review("confirm", L, ActorKind.SUBMITTER)
                .withActions(ReviewAction.APPROVE).withTimer(StepTimer.auto(Duration.ofDays(7),
                        ReviewAction.APPROVE))));
        ReviewItemDto item = submit(s.student);
        assertEquals("confirm", item.stepKey());
        p.clock.advance(Duration.ofDays(6));
        assertEquals(0, p.reviews.runDueTimers());
        p.clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.APPROVED, p.reviews.get(s.student, item.id()).state());
        assertEquals("system", p.reviews.trail(s.student, item.id()).get(1).actorName());
        assertEquals(0, p.reviews.runDueTimers());
    }

    @Test
    void automaticRejectAndReturnTimersFireWithoutARemark() {
        // 0.1 asked the system for a reason and failed the timer for ever (REASON_REQUIRED on every poll)
        replaceType(FlowDefinition.of(StepDefinition.review("answer", L, ActorKind.COLLEGE_ADMIN)
                .withTimer(StepTimer.auto(Duration.ofDays(3), ReviewAction.REJECT))));
        ReviewItemDto rejected = submit(s.student);
        p.clock.advance(Duration.ofDays(3));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.REJECTED, p.reviews.get(s.student, rejected.id()).state());
        assertEquals("system", p.reviews.trail(s.student, rejected.id()).get(1).actorName());

        replaceType(FlowDefinition.of(StepDefinition.review("answer", L, ActorKind.COLLEGE_ADMIN)
                .withTimer(StepTimer.auto(Duration.ofDays(3), ReviewAction.RETURN))));
        ReviewItemDto returned = submit(s.student2);
        p.clock.advance(Duration.ofDays(3));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.RETURNED, p.reviews.get(s.student2, returned.id()).state());
        // a person still needs a reason
        ReviewItemDto third = submit(s.student);
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.adminA, third, ReviewAction.RETURN, null));
    }

    @Test
    void equalFlowsShareOneStoredSnapshot() {
        submit(s.student);
        submit(s.student2);
        replaceType(FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)));
        submit(s.student);
        long snapshots = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(f) FROM FlowSnapshot f", Long.class)
                .getSingleResult());
        long items = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(i) FROM ReviewItem i", Long.class)
                .getSingleResult());
        assertEquals(3, items);
        assertEquals(2, snapshots);
    }

    @Test
    void aTimerForAStepAlreadyLeftDoesNothing() {
        replaceType(FlowDefinition.of(StepDefinition.review("answer", L, ActorKind.COLLEGE_ADMIN)
                .withTimer(StepTimer.expireAfterDays(5))));
        ReviewItemDto item = submit(s.student);
        act(s.adminA, item, ReviewAction.APPROVE, null);
        p.clock.advance(Duration.ofDays(10));
        assertEquals(0, p.reviews.runDueTimers());
        assertEquals(ItemState.APPROVED, p.reviews.get(s.student, item.id()).state());
    }

    @Test
    void expiryEndsAnUnansweredItemAt24hOfTheLastDay() {
        replaceType(FlowDefinition.of(StepDefinition.review("answer", L, ActorKind.COLLEGE_ADMIN)
                .withTimer(StepTimer.expireAfterDays(5))));
        ReviewItemDto item = submit(s.student); // 2026-03-02 10:00 Shanghai: expires at 2026-03-08 00:00 Shanghai
        p.clock.set(Instant.parse("2026-03-07T15:59:00Z"));
        assertEquals(0, p.reviews.runDueTimers());
        p.clock.set(Instant.parse("2026-03-07T16:00:00Z"));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.EXPIRED, p.reviews.get(s.student, item.id()).state());
    }

    @Test
    void considerationPeriodBlocksActingUntilItHasPassed() {
        replaceType(FlowDefinition.of(StepDefinition.review("accept", L, ActorKind.SUBMITTER)
                .withActions(ReviewAction.APPROVE, ReviewAction.REJECT)
                .withTimer(StepTimer.notBefore(Duration.ofHours(24)))));
        ReviewItemDto item = submit(s.student);
        assertFalse(item.allowedActions().contains(ReviewAction.APPROVE));
        assertRefused(CoreError.REVIEW_NOT_YET_ALLOWED, () -> act(s.student, item, ReviewAction.APPROVE, null));
        p.clock.advance(Duration.ofHours(24));
        assertEquals(ItemState.APPROVED, act(s.student, item, ReviewAction.APPROVE, null).state());
    }

    @Test
    void onceLimitCountsApprovedItemsOnly() {
        replaceType(collegeThenSchool().withLimits(FlowLimit.onceApproved("termination")));
        ReviewItemDto first = submit(s.student);
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(s.student));
        act(s.adminA, first, ReviewAction.REJECT, "不同意");
        ReviewItemDto second = submit(s.student);
        second = act(s.adminA, second, ReviewAction.APPROVE, null);
        act(s.schoolAdmin, second, ReviewAction.APPROVE, null);
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(s.student));
        submit(s.student2);
    }

    @Test
    void windowOpensOnTheFirstOfDecember() {
        replaceType(collegeThenSchool().withWindow(TimeWindow.from(MonthDay.of(12, 1))));
        p.clock.set(Instant.parse("2026-11-30T15:59:00Z")); // 23:59 on 30 Nov in Shanghai
        assertRefused(CoreError.REVIEW_OUTSIDE_WINDOW, () -> submit(s.student));
        p.clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 00:00 on 1 Dec in Shanghai
        assertEquals(ItemState.IN_REVIEW, submit(s.student).state());
        p.clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        assertEquals(ItemState.IN_REVIEW, submit(s.student2).state());
    }

    @Test
    void aListenerRunsInTheSameTransactionAndCanRollItBack() {
        List<DomainEvent> seen = new ArrayList<>();
        DomainEventListener listener = new DomainEventListener() {
            @Override
            public String pluginId() {
                return "test";
            }

            @Override
            public Set<String> eventTypes() {
                return Set.of(DomainEvent.REVIEW_APPROVED, DomainEvent.REVIEW_STEP);
            }

            @Override
            public void onEvent(DomainEvent event) {
                seen.add(event);
                if (event.type().equals(DomainEvent.REVIEW_APPROVED)) {
                    throw new IllegalStateException("veto");
                }
            }
        };
        p.events.addListener(listener);
        ReviewItemDto item = submit(s.student);
        assertEquals(1, seen.size());
        ReviewItemDto atSchool = act(s.adminA, item, ReviewAction.APPROVE, null);
        assertThrows(IllegalStateException.class, () -> act(s.schoolAdmin, atSchool, ReviewAction.APPROVE, null));
        ReviewItemDto after = p.reviews.get(s.schoolAdmin, item.id());
        assertEquals("school", after.stepKey());
        assertEquals(atSchool.version(), after.version());
        assertEquals(2, p.reviews.trail(s.schoolAdmin, item.id()).size());
    }

    @Test
    void attributesAreCheckedAgainstTheTypeFields() {
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.reviews.submit(s.student,
                new SubmitRequest(TYPE, Map.of("kind", "ALIEN", "extra", "x"), null, null)));
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
        assertEquals(Set.of("company", "kind", "extra"),
                Set.copyOf(e.fieldErrors().stream().map(JiuyeException.FieldError::field).toList()));
    }

    @Test
    void anItemOfAnAbsentPluginStaysReadableButCannotBeActedOn() {
        ReviewItemDto item = submit(s.student);
        p.registry.removePlugin(registered);
        ReviewItemDto read = p.reviews.get(s.adminA, item.id());
        assertFalse(read.typeAvailable());
        assertTrue(read.allowedActions().isEmpty());
        assertEquals(1, p.reviews.trail(s.adminA, item.id()).size());
        assertRefused(CoreError.CONTRIBUTION_UNAVAILABLE, () -> act(s.adminA, item, ReviewAction.APPROVE, null));
        assertRefused(CoreError.CONTRIBUTION_UNAVAILABLE, () -> submit(s.student2));
        registered = p.install(plugin(type("report", collegeThenSchool())));
        assertEquals("school", act(s.adminA, item, ReviewAction.APPROVE, null).stepKey());
    }

    @Test
    void aTimerWaitsWhileItsPluginIsAbsentAndFiresWhenItReturns() {
        replaceType(FlowDefinition.of(StepDefinition.review("confirm", L, ActorKind.SUBMITTER)
                .withActions(ReviewAction.APPROVE).withTimer(StepTimer.auto(Duration.ofDays(7),
                        ReviewAction.APPROVE))));
        FlowDefinition flow = p.registry.installed().get(0).contributions().stream()
                .map(c -> ((ItemTypeDefinition) c).flow()).findFirst().orElseThrow();
        ReviewItemDto item = submit(s.student);
        p.registry.removePlugin(registered);
        p.clock.advance(Duration.ofDays(8));
        assertEquals(0, p.reviews.runDueTimers());
        assertEquals(ItemState.IN_REVIEW, p.reviews.get(s.student, item.id()).state());
        registered = p.install(plugin(type("report", flow)));
        assertEquals(0, p.reviews.runDueTimers(), "still claimed by the postponed attempt");
        p.clock.advance(Duration.ofMinutes(6));
        assertEquals(1, p.reviews.runDueTimers());
        assertEquals(ItemState.APPROVED, p.reviews.get(s.student, item.id()).state());
    }

    @Test
    void anEmployersItemBelongsToTheStudentsSchoolAndNamesOnlyItsOwnEmployer() {
        Principal employer = employer("emp_1");
        ReviewItemDto item = p.reviews.submit(employer, new SubmitRequest(TYPE, Map.of("company", "华为"), null,
                s.student.userId()));
        assertEquals(s.school.id(), item.schoolId());
        assertEquals(s.collegeA.id(), item.collegeId());
        assertEquals("emp_1", item.employerId());
        assertEquals(1, p.reviews.waitingFor(s.adminA, PageRequest.firstPage()).items().size());
        assertEquals(item.id(), p.reviews.get(s.student, item.id()).id());
        assertRefused(CoreError.VALIDATION_FAILED, () -> p.reviews.submit(employer, new SubmitRequest(TYPE,
                Map.of("company", "x"), "emp_2", s.student.userId())));
        assertRefused(CoreError.FORBIDDEN, () -> p.reviews.submit(employer, new SubmitRequest(TYPE,
                Map.of("company", "x"), null, null)));
    }

    @Test
    void aStudentNamesNeitherAnEmployerNorSomeoneOfAnotherSchool() {
        TestPlatform.School other = p.school("S2");
        assertRefused(CoreError.VALIDATION_FAILED, () -> p.reviews.submit(s.student, new SubmitRequest(TYPE,
                Map.of("company", "x"), "emp_1", null)));
        assertRefused(CoreError.VALIDATION_FAILED, () -> p.reviews.submit(s.student, new SubmitRequest(TYPE,
                Map.of("company", "x"), null, other.student.userId())));
        ReviewItemDto withClassmate = p.reviews.submit(s.student, new SubmitRequest(TYPE, Map.of("company", "x"),
                null, s.student2.userId()));
        assertEquals(s.student2.userId(), p.reviews.get(s.student2, withClassmate.id()).counterpartyId());
    }

    private Principal employer(String employerId) {
        p.users.create(TestPlatform.operator(), new io.jiuye.api.account.NewUser(employerId + ".hr", "HR",
                io.jiuye.api.Role.EMPLOYER, null, null, employerId, "Passw0rdX".toCharArray()));
        return p.auth.authenticate(p.auth.login(employerId + ".hr", "Passw0rdX".toCharArray(), null).token());
    }
}
