package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldOption;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.Prefill;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.graduate.EligibilityReason;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SigningModeDefinition;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.api.plugin.SigningModeDefinition.Initiation;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.TrailEntryDto;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Heilongjiang school of seed 002 built with SPI 0.2 and driven through the engine: the student starts, the
 * employer confirms completing its own data (12 fixed natures) or returns it, may take its confirmation back (拿回重签)
 * before the student re-confirms, which happens automatically 7 days after the employer's confirmation; the college
 * fills the school's contact fields pre-filled from its last review, which makes the agreement printable; the
 * college files it (备案). Signing is allowed while source information is still in review; no termination in the
 * system.
 */
class HeilongjiangSystemTest extends SystemFixture {
    static final String ID = "hlj";

    static final FieldOption[] NATURES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> FieldOption.of("N" + i, "性质" + i, "Nature " + i)).toArray(FieldOption[]::new);

    static FlowDefinition studentOnlineFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("confirm", L, ActorKind.EMPLOYER)
                        .actions(ReviewAction.APPROVE, ReviewAction.RETURN, ReviewAction.REJECT)
                        .fields(FieldDefinition.text("department", L, false, 60),
                                FieldDefinition.text("reportCertificateTitle", L, false, 60),
                                FieldDefinition.builder("employerNature", L, FieldType.ENUM).required()
                                        .options(NATURES).build(),
                                FieldDefinition.text("employerOpinion", L, false, 200),
                                FieldDefinition.text("supervisorOpinion", L, false, 200))
                        .build())
                .step(StepDefinition.builder("reconfirm", L, ActorKind.SUBMITTER).actions(ReviewAction.APPROVE)
                        .timer(StepTimer.auto(Duration.ofDays(7), ReviewAction.APPROVE)).takeBack().build())
                .step(StepDefinition.builder("college", L, ActorKind.COLLEGE_ADMIN)
                        .fields(FieldDefinition.builder("schoolContact", L, FieldType.TEXT).required()
                                        .prefill(Prefill.actorLast()).build(),
                                FieldDefinition.builder("schoolPhone", L, FieldType.PHONE).required()
                                        .prefill(Prefill.actorLast()).build(),
                                FieldDefinition.builder("schoolPostcode", L, FieldType.TEXT).maxLength(6)
                                        .prefill(Prefill.actorLast()).build(),
                                FieldDefinition.builder("mailingAddress", L, FieldType.TEXT)
                                        .prefill(Prefill.actorLast()).build())
                        .build())
                .step(StepDefinition.builder("filing", L, ActorKind.COLLEGE_ADMIN).actions(ReviewAction.APPROVE)
                        .build())
                .milestoneAfter("reconfirm", Milestone.SIGNED)
                .milestoneAfter("college", Milestone.PRINTABLE)
                .milestoneAfter("filing", Milestone.FILED)
                .build();
    }

    static final List<FieldDefinition> REQUEST_FIELDS = List.of(FieldDefinition.text("phone", L, true, 20),
            FieldDefinition.builder("email", L, FieldType.EMAIL).required().build(),
            FieldDefinition.text("opinion", L, false, 200));

    @Override
    PluginDescriptor plugin() {
        return descriptor(ID, List.of(
                SigningModeDefinition.builder(ContributionId.of(ID, "student-online-mode", 1), L,
                        Initiation.STUDENT_INITIATED_ONLINE, Channel.ONLINE)
                        .agreementFields(REQUEST_FIELDS.toArray(FieldDefinition[]::new)).flow(studentOnlineFlow())
                        .agreementTemplate(ContributionId.of(ID, "agreement", 1))
                        .waives(EligibilityReason.SOURCE_INFO_NOT_APPROVED).build(),
                TerminationRuleDefinition.builder(ContributionId.of(ID, "termination-rule", 1), L).build(),
                itemType(ID, "student-online", REQUEST_FIELDS, studentOnlineFlow())));
    }

    @BeforeEach
    void setUp() {
        start();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    private ReviewItemDto request(io.jiuye.api.Principal student) {
        return submit(student, "student-online", Map.of("phone", "13800000000", "email", "a@b.cn", "opinion", "同意"),
                "emp_1", null);
    }

    private static final Map<String, String> CONFIRMATION = Map.of("employerNature", "N3", "department", "人事处",
            "employerOpinion", "同意接收");
    private static final Map<String, String> CONTACT = Map.of("schoolContact", "王老师", "schoolPhone", "0451-86412114",
            "schoolPostcode", "150001", "mailingAddress", "哈尔滨市南岗区");

    @Test
    void theDataOfSeed002IsExpressible() {
        SigningModeDefinition mode = contributions(SigningModeDefinition.class).get(0);
        assertEquals(Set.of(EligibilityReason.SOURCE_INFO_NOT_APPROVED), mode.waivedGates());
        assertTrue(mode.searchKeySets().isEmpty(), "the student finds the employer by fuzzy search");
        TerminationRuleDefinition none = contributions(TerminationRuleDefinition.class).get(0);
        assertNull(none.onlineFlow(), "就业网中不支持违约办理");
        assertNull(none.offlineFlow());
    }

    @Test
    void employerConfirmsTakesBackReconfirmsAutomaticallyCollegeFillsContactsAndFiles() {
        ReviewItemDto item = request(s.student);
        assertEquals("confirm", item.stepKey());
        ReviewItemDto atConfirm = item;
        assertRefused(CoreError.VALIDATION_FAILED, () -> act(employer, atConfirm, ReviewAction.APPROVE));
        item = act(employer, item, ReviewAction.APPROVE, null, CONFIRMATION);
        assertEquals("reconfirm", item.stepKey());
        // 拿回重签: the employer takes its confirmation back before the student re-confirms
        assertTrue(get(employer, item).allowedActions().contains(ReviewAction.TAKE_BACK));
        ReviewItemDto atReconfirm = item;
        assertRefused(CoreError.REVIEW_ACTION_NOT_ALLOWED, () -> act(s.adminA, atReconfirm, ReviewAction.TAKE_BACK));
        item = act(employer, item, ReviewAction.TAKE_BACK, "重新填写单位性质");
        assertEquals("confirm", item.stepKey());
        item = act(employer, item, ReviewAction.APPROVE, null, Map.of("employerNature", "N5"));
        assertEquals("N5", item.attributes().get("employerNature"));
        // the student does not re-confirm: 7 days after the employer's confirmation it is automatic
        p.clock.advance(Duration.ofDays(7));
        assertEquals(1, p.reviews.runDueTimers());
        item = get(s.student, item);
        assertEquals("college", item.stepKey());
        assertEquals(Set.of(Milestone.SIGNED), item.milestones());
        assertTrue(p.reviews.prefill(s.adminA, item.id()).isEmpty(), "no earlier review to take values from");
        item = act(s.adminA, item, ReviewAction.APPROVE, null, CONTACT);
        assertEquals(Set.of(Milestone.SIGNED, Milestone.PRINTABLE), item.milestones(), "three copies may be printed");
        assertEquals(Set.of(ReviewAction.APPROVE), get(s.adminA, item).allowedActions(), "filing only approves");
        item = act(s.adminA, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state());
        assertEquals(Set.of(Milestone.SIGNED, Milestone.PRINTABLE, Milestone.FILED), item.milestones());
        List<ReviewAction> trail = p.reviews.trail(s.student, item.id()).stream().map(TrailEntryDto::action).toList();
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.TAKE_BACK, ReviewAction.APPROVE,
                ReviewAction.APPROVE, ReviewAction.APPROVE, ReviewAction.APPROVE), trail);

        // the next agreement: the college's fields come pre-filled from its last review
        ReviewItemDto next = request(s.student2);
        next = act(employer, next, ReviewAction.APPROVE, null, CONFIRMATION);
        next = act(s.student2, next, ReviewAction.APPROVE);
        assertEquals(CONTACT, p.reviews.prefill(s.adminA, next.id()));
        assertTrue(p.reviews.prefill(s.student2, next.id()).isEmpty(), "only for the step's actor");
    }

    @Test
    void theEmployerReturnsTheRequestAndTheStudentSubmitsAgain() {
        ReviewItemDto item = request(s.student);
        ReviewItemDto atConfirm = item;
        assertRefused(CoreError.REASON_REQUIRED, () -> act(employer, atConfirm, ReviewAction.RETURN));
        item = act(employer, item, ReviewAction.RETURN, "请更正邮箱");
        assertEquals(ItemState.RETURNED, item.state());
        item = act(s.student, item, ReviewAction.SUBMIT, null,
                Map.of("phone", "13800000000", "email", "right@b.cn"));
        assertEquals("confirm", item.stepKey());
        assertEquals("right@b.cn", item.attributes().get("email"));
    }
}
