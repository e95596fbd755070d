package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jiuye.api.CoreError;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FactProvider;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldOption;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SigningModeDefinition;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.api.plugin.SigningModeDefinition.Initiation;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition.Initiator;
import io.jiuye.api.review.ReviewItemDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The school of seed 004 built with SPI 0.2 and driven through the engine: invitation (one pending invitation per
 * employer and student, a record limit on a fact), stamped scan, college then school; the blank agreement with its
 * upload at submission; termination employer → school with a termination type; 15 destination categories, one
 * registered and released; destination correction as an item type.
 */
class School004SystemTest extends SystemFixture {
    static final String ID = "s004";

    /** Names the pair an invitation is about, so the limit counts per employer and student. */
    static final class InvitationPair implements FactProvider {
        @Override
        public String pluginId() {
            return ID;
        }

        @Override
        public Set<String> facts() {
            return Set.of("invitationPair");
        }

        @Override
        public Map<String, String> factsFor(FactContext item) {
            return item.itemType().equals(ID + ":invitation@1")
                    ? Map.of("invitationPair", item.employerId() + "/" + item.counterpartyId()) : Map.of();
        }
    }

    static FlowDefinition invitationFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("accept", L, ActorKind.COUNTERPARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor().build())
                .step(StepDefinition.builder("scan", L, ActorKind.COUNTERPARTY).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("stamped-agreement", L, 3, true)).build())
                .step(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN))
                .step(StepDefinition.builder("school", L, ActorKind.SCHOOL_ADMIN).rejectTo("scan").build())
                .limit(FlowLimit.oneOpenPerRecord("invitation-pending", "invitationPair"))
                .milestoneAfter("accept", Milestone.SIGNED)
                .milestoneAfter("school", Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition blankFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.review("college", L, ActorKind.COLLEGE_ADMIN))
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .milestoneAfter("school", Milestone.EFFECTIVE).build();
    }

    static FlowDefinition terminationOnline() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("employer-consent", L, ActorKind.EMPLOYER)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).build())
                .step(StepDefinition.builder("school", L, ActorKind.SCHOOL_ADMIN)
                        .reasonRequiredFor(ReviewAction.REJECT, ReviewAction.RETURN, ReviewAction.APPROVE).build())
                .limit(FlowLimit.oneOpenPerRecord("termination-open", "agreementId"))
                .notWithdrawable().build();
    }

    static final List<FieldDefinition> TERMINATION_FIELDS = List.of(
            FieldDefinition.text("agreementId", L, true, 40),
            FieldDefinition.builder("terminationType", L, FieldType.ENUM).required()
                    .options(FieldOption.of("MUTUAL", "协商解除", "By agreement"),
                            FieldOption.of("BREACH", "违约解除", "For breach")).build(),
            FieldDefinition.text("reason", L, true, 200));

    @Override
    PluginDescriptor plugin() {
        FlowDefinition schoolReview = FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));
        List<Contribution> all = new ArrayList<>(List.of(
                SigningModeDefinition.builder(ContributionId.of(ID, "invitation-mode", 1), L,
                        Initiation.EMPLOYER_INVITATION, Channel.ONLINE).flow(invitationFlow()).build(),
                SigningModeDefinition.builder(ContributionId.of(ID, "paper-mode", 1), L,
                        Initiation.STUDENT_ENTERED, Channel.OFFLINE).flow(blankFlow()).build(),
                SigningModeDefinition.builder(ContributionId.of(ID, "blank-mode", 1), L, Initiation.BLANK_FORM,
                        Channel.OFFLINE).submissionUploads(SlotDefinition.images("blank-agreement", L, 3, true))
                        .flow(blankFlow()).build(),
                TerminationRuleDefinition.builder(ContributionId.of(ID, "termination-rule", 1), L)
                        .online(terminationOnline(), Initiator.STUDENT, Initiator.EMPLOYER)
                        .offline(schoolReview.notWithdrawable(), Initiator.STUDENT)
                        .applicationFields(TERMINATION_FIELDS.toArray(FieldDefinition[]::new))
                        .certificateTemplates(ContributionId.of(ID, "termination-certificate-1", 1),
                                ContributionId.of(ID, "termination-certificate-2", 1)).build(),
                itemType(ID, "invitation", List.of(FieldDefinition.text("position", L, true, 50)), invitationFlow()),
                itemType(ID, "blank", List.of(FieldDefinition.text("employerName", L, true, 100)), blankFlow()),
                itemType(ID, "termination-online", TERMINATION_FIELDS, terminationOnline()),
                itemType(ID, "destination-correction", List.of(FieldDefinition.text("field", L, true, 40),
                        FieldDefinition.text("value", L, true, 200)), schoolReview),
                itemType(ID, "destination-registration", List.of(FieldDefinition.text("category", L, true, 40)),
                        schoolReview.toBuilder().limit(FlowLimit.onceApproved("destination")).build()),
                itemType(ID, "destination-release", List.of(FieldDefinition.text("reason", L, true, 200)),
                        schoolReview)));
        for (int i = 1; i <= 15; i++) {
            String code = i <= 12 ? Integer.toString(10 + i) : Integer.toString(57 + i); // 70, 71, 72 last
            DestinationCategoryDefinition.Builder b = DestinationCategoryDefinition
                    .builder(ContributionId.of(ID, "dest-" + i, 1), L, code).registration(schoolReview)
                    .release(schoolReview);
            if (i > 12) {
                b.doesNotOccupyRecord();
            }
            if (i == 1) {
                b.replacesNational("11");
            }
            all.add(b.build());
        }
        return descriptor(ID, all);
    }

    @BeforeEach
    void setUp() {
        p.reviews.addFactProvider(new InvitationPair());
        start();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    @Test
    void theDataOfSeed004IsExpressible() {
        assertEquals(3, contributions(SigningModeDefinition.class).size());
        List<DestinationCategoryDefinition> cats = contributions(DestinationCategoryDefinition.class).stream()
                .filter(c -> c.id().pluginId().equals(ID)).toList();
        assertEquals(15, cats.size());
        assertEquals(3, cats.stream().filter(c -> !c.occupiesRecord()).count());
        assertEquals("11", cats.get(0).replacesNational());
        assertEquals(2, contributions(TerminationRuleDefinition.class).get(0).certificateTemplates().size());
    }

    @Test
    void oneInvitationPendingPerEmployerAndStudent() {
        ReviewItemDto first = submit(employer, "invitation", Map.of("position", "教师"), null, s.student);
        assertRefused(CoreError.REVIEW_LIMIT_REACHED,
                () -> submit(employer, "invitation", Map.of("position", "教师"), null, s.student));
        assertEquals("accept", submit(otherEmployer, "invitation", Map.of("position", "教师"), null, s.student)
                .stepKey(), "another employer may invite");
        assertEquals("accept", submit(employer, "invitation", Map.of("position", "教师"), null, s.student2)
                .stepKey(), "the same employer may invite another student");
        act(s.student, first, ReviewAction.REJECT);
        assertEquals("accept", submit(employer, "invitation", Map.of("position", "教师"), null, s.student)
                .stepKey(), "after refusal the employer may invite again");
    }

    @Test
    void theInvitationGoesThroughScanCollegeAndSchool() {
        ReviewItemDto item = submit(employer, "invitation", Map.of("position", "教师"), null, s.student);
        item = act(s.student, item, ReviewAction.APPROVE);
        item = act(s.student, item, ReviewAction.APPROVE);
        item = act(s.adminA, item, ReviewAction.APPROVE);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals(Set.of(Milestone.SIGNED, Milestone.EFFECTIVE), item.milestones());
    }

    @Test
    void theBlankAgreementIsReviewedByCollegeAndSchool() {
        ReviewItemDto item = submit(s.student, "blank", Map.of("employerName", "某小学"), null, null);
        assertEquals("college", item.stepKey());
        item = act(s.adminA, item, ReviewAction.APPROVE);
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state());
        assertEquals(Set.of(Milestone.EFFECTIVE), item.milestones());
    }

    @Test
    void terminationGoesToTheEmployerThenTheSchoolWhoseEveryDecisionNeedsAReason() {
        ReviewItemDto item = submit(s.student, "termination-online", Map.of("agreementId", "agr_4",
                "terminationType", "MUTUAL", "reason", "回生源地就业"), "emp_1", null);
        assertRefused(CoreError.VALIDATION_FAILED, () -> submit(s.student, "termination-online",
                Map.of("agreementId", "agr_5", "terminationType", "WHIM", "reason", "x"), "emp_1", null));
        assertRefused(CoreError.VALIDATION_FAILED, () -> submit(s.student, "termination-online",
                Map.of("agreementId", "agr_5", "terminationType", "MUTUAL", "reason", "x"), "emp_404", null));
        item = act(employer, item, ReviewAction.APPROVE);
        ReviewItemDto atSchool = item;
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.schoolAdmin, atSchool, ReviewAction.APPROVE));
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE, "材料齐全，同意解约");
        assertEquals(ItemState.APPROVED, item.state());
    }

    @Test
    void aDestinationIsRegisteredCorrectedAndReleased() {
        DestinationCategoryDefinition category = contributions(DestinationCategoryDefinition.class).stream()
                .filter(c -> c.id().key().equals("dest-3")).findFirst().orElseThrow();
        assertEquals(List.of("school"), category.registrationFlow().steps().stream().map(StepDefinition::key)
                .toList());
        ReviewItemDto registration = submit(s.student, "destination-registration",
                Map.of("category", category.id().toString()), null, null);
        // while under review the student may withdraw it and choose again (R-DEST-4)
        registration = act(s.student, registration, ReviewAction.WITHDRAW);
        registration = act(s.student, registration, ReviewAction.SUBMIT);
        registration = act(s.schoolAdmin, registration, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, registration.state());
        assertRefused(CoreError.REVIEW_LIMIT_REACHED, () -> submit(s.student, "destination-registration",
                Map.of("category", "s004:dest-4@1"), null, null));
        ReviewItemDto correction = submit(s.student, "destination-correction",
                Map.of("field", "employerName", "value", "某科技公司"), null, null);
        correction = act(s.schoolAdmin, correction, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, correction.state());
        assertFalse(correction.allowedActions().contains(ReviewAction.SUBMIT));
        ReviewItemDto release = submit(s.student, "destination-release", Map.of("reason", "已签约"), null, null);
        ReviewItemDto pending = release;
        assertRefused(CoreError.REASON_REQUIRED, () -> act(s.schoolAdmin, pending, ReviewAction.REJECT));
        release = act(s.schoolAdmin, release, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, release.state());
    }
}
