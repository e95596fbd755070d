package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.ActorRef;
import io.jiuye.api.flow.Condition;
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
import io.jiuye.api.flow.Visibility;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shandong (seed 003) built with SPI 0.2 and driven through the engine: invitations approved automatically for
 * in-province enterprises, an offer letter and the school's review for government units and institutions before
 * graduation, the city HR bureau after — decided by trusted facts a rule class sets, never by the submitter; the
 * out-of-province paper agreement effective on submission; termination completed by the other party's consent, with
 * reason and category hidden from that party; SD-3 categories released by signing; a flow that fails closed.
 */
class ShandongSystemTest extends SystemFixture {
    static final String ID = "shandong";

    /** The rule class: employer facts from verified data, and whether the student has graduated. */
    static final class ShandongFacts implements FactProvider {
        final Map<String, String[]> employers = new HashMap<>(Map.of(
                "emp_1", new String[] {"IN_PROVINCE", "ENTERPRISE"},
                "emp_2", new String[] {"IN_PROVINCE", "GOVERNMENT"}));
        boolean graduated;

        @Override
        public String pluginId() {
            return ID;
        }

        @Override
        public Set<String> facts() {
            return Set.of("employerRegion", "employerNature", "graduated");
        }

        @Override
        public Map<String, String> factsFor(FactContext item) {
            String[] e = employers.getOrDefault(item.employerId(), new String[] {"OUT_OF_PROVINCE", "ENTERPRISE"});
            return Map.of("employerRegion", e[0], "employerNature", e[1], "graduated", Boolean.toString(graduated),
                    "ignored", "not declared");
        }
    }

    static FlowDefinition invitationFlow() {
        Condition government = Condition.in("employerNature", "GOVERNMENT", "INSTITUTION");
        return FlowDefinition.builder()
                .step(StepDefinition.builder("accept", L, ActorKind.COUNTERPARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor().build())
                .step(StepDefinition.automatic("auto-approve", L).withConditions(
                        Condition.in("employerRegion", "IN_PROVINCE"), Condition.in("employerNature", "ENTERPRISE")))
                .step(StepDefinition.builder("offer-letter", L, ActorKind.COUNTERPARTY).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("offer-letter", L, 3, true)).conditions(government).build())
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)
                        .withConditions(government, Condition.in("graduated", "false")))
                .step(StepDefinition.builder("city-hr", L, ActorRef.external("city-hr-bureau"))
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT)
                        .conditions(government, Condition.in("graduated", "true")).build())
                .milestoneAfter("accept", Milestone.SIGNED)
                .milestoneAfter("city-hr", Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition outOfProvinceFlow() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("feedback", L, ActorKind.SUBMITTER).actions(ReviewAction.APPROVE)
                        .uploads(SlotDefinition.images("stamped-agreement", L, 3, true)).build())
                .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                .milestoneOnSubmit(Milestone.EFFECTIVE)
                .build();
    }

    static FlowDefinition terminationOnline() {
        return FlowDefinition.builder()
                .step(StepDefinition.builder("consent", L, ActorKind.OTHER_PARTY)
                        .actions(ReviewAction.APPROVE, ReviewAction.REJECT).reasonRequiredFor().build())
                .limit(FlowLimit.oneOpenPerRecord("termination-open", "agreementId"))
                .notWithdrawable().build();
    }

    static final FieldOption[] REASONS = {FieldOption.of("FURTHER_STUDY", "升学", "Further study"),
        FieldOption.of("CIVIL_SERVICE", "考取公务员", "Civil service"), FieldOption.of("OTHER", "其他", "Other")};

    static final List<FieldDefinition> TERMINATION_FIELDS = List.of(
            FieldDefinition.text("agreementId", L, true, 40),
            FieldDefinition.builder("reasonCategory", L, FieldType.ENUM).required().options(REASONS)
                    .visibility(Visibility.NOT_COUNTERPARTY).build(),
            FieldDefinition.builder("reason", L, FieldType.TEXT).required().maxLength(200)
                    .visibility(Visibility.NOT_COUNTERPARTY).build());

    final ShandongFacts facts = new ShandongFacts();

    @Override
    PluginDescriptor plugin() {
        List<Contribution> all = new ArrayList<>(List.of(
                SigningModeDefinition.builder(ContributionId.of(ID, "invitation-mode", 1), L,
                        Initiation.EMPLOYER_INVITATION, Channel.ONLINE).flow(invitationFlow()).validity(15, 30)
                        .build(),
                SigningModeDefinition.builder(ContributionId.of(ID, "out-of-province-mode", 1), L,
                        Initiation.STUDENT_ENTERED, Channel.OFFLINE).flow(outOfProvinceFlow())
                        .agreementFields(FieldDefinition.builder("dispatchUnit", L, FieldType.ENUM)
                                .options(FieldOption.of("BEIJING", "北京", "Beijing"),
                                        FieldOption.of("SHANGHAI", "上海", "Shanghai")).build())
                        .build(),
                TerminationRuleDefinition.builder(ContributionId.of(ID, "termination-rule", 1), L)
                        .online(terminationOnline(), Initiator.STUDENT, Initiator.EMPLOYER)
                        .offline(FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN))
                                .notWithdrawable(), Initiator.STUDENT)
                        .reasonCategories(REASONS)
                        .applicationFields(TERMINATION_FIELDS.toArray(FieldDefinition[]::new))
                        .applicationUploads(SlotDefinition.images("certificate", L, 3, true)).build(),
                itemType(ID, "invitation", List.of(FieldDefinition.text("position", L, true, 50)), invitationFlow()),
                itemType(ID, "out-of-province", List.of(FieldDefinition.text("employerName", L, true, 100)),
                        outOfProvinceFlow()),
                itemType(ID, "termination-online", TERMINATION_FIELDS, terminationOnline()),
                itemType(ID, "government-check", List.of(), FlowDefinition.of(
                        StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)
                                .withConditions(Condition.in("employerNature", "GOVERNMENT")))),
                itemType(ID, "government-check-optional", List.of(), FlowDefinition.builder()
                        .step(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN)
                                .withConditions(Condition.in("employerNature", "GOVERNMENT")))
                        .mayPassUnreviewed().build())));
        String[] codes = {"11", "12", "801", "85", "75", "751", "46", "50", "76", "271"};
        FlowDefinition review = FlowDefinition.of(StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));
        for (String code : codes) {
            DestinationCategoryDefinition.Builder b = DestinationCategoryDefinition
                    .builder(ContributionId.of(ID, "dest-" + code, 1), L, code.equals("751") ? "75" : code)
                    .registration(review).release(review)
                    .evidence(SlotDefinition.images("evidence", L, 3, true));
            if (Set.of("11", "12", "75").contains(code)) {
                b.releasedBySigning();
            }
            all.add(b.build());
        }
        return descriptor(ID, all);
    }

    @BeforeEach
    void setUp() {
        p.reviews.addFactProvider(facts);
        start();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    @Test
    void theDataOfShandongIsExpressible() {
        List<DestinationCategoryDefinition> cats = contributions(DestinationCategoryDefinition.class).stream()
                .filter(c -> c.id().pluginId().equals(ID)).toList();
        assertEquals(10, cats.size());
        assertEquals(Set.of("11", "12", "75"), Set.copyOf(cats.stream().filter(
                DestinationCategoryDefinition::releasedBySigning).map(DestinationCategoryDefinition::nationalCode)
                .toList()), "SD-3");
        TerminationRuleDefinition rule = contributions(TerminationRuleDefinition.class).get(0);
        assertEquals(3, rule.reasonCategories().size());
        assertEquals(Visibility.NOT_COUNTERPARTY, rule.applicationFields().get(1).visibility());
    }

    @Test
    void anInProvinceEnterpriseIsApprovedAutomaticallyOnFactsTheSubmitterCannotSend() {
        JiuyeException e = org.junit.jupiter.api.Assertions.assertThrows(JiuyeException.class, () -> submit(employer,
                "invitation", Map.of("position", "工程师", "employerRegion", "IN_PROVINCE"), null, s.student));
        assertEquals("ATTRIBUTE_RESERVED", e.fieldErrors().get(0).code());
        assertRefused(CoreError.VALIDATION_FAILED, () -> submit(employer, "invitation",
                Map.of("position", "工程师", "initiator", "STUDENT"), null, s.student));
        ReviewItemDto item = submit(employer, "invitation", Map.of("position", "工程师"), null, s.student);
        Map<String, String> seen = get(s.schoolAdmin, item).attributes();
        assertEquals("IN_PROVINCE", seen.get("employerRegion"));
        assertEquals("EMPLOYER", seen.get("initiator"));
        assertFalse(seen.containsKey("ignored"), "only declared facts are kept");
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state());
        assertEquals(Set.of(Milestone.SIGNED, Milestone.EFFECTIVE), item.milestones());
    }

    @Test
    void aGovernmentUnitNeedsAnOfferLetterAndTheSchoolBeforeGraduationAndTheCityAfter() {
        ReviewItemDto item = submit(otherEmployer, "invitation", Map.of("position", "科员"), null, s.student);
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("offer-letter", item.stepKey());
        item = act(s.student, item, ReviewAction.APPROVE);
        assertEquals("school", item.stepKey());
        item = act(s.schoolAdmin, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state());
        assertTrue(item.milestones().contains(Milestone.EFFECTIVE));

        facts.graduated = true;
        ReviewItemDto after = submit(otherEmployer, "invitation", Map.of("position", "科员"), null, s.student2);
        after = act(s.student2, after, ReviewAction.APPROVE);
        after = act(s.student2, after, ReviewAction.APPROVE);
        assertEquals("city-hr", after.stepKey(), "the city HR bureau reviews after graduation (D-11: no accounts yet)");
        assertTrue(get(s.schoolAdmin, after).allowedActions().isEmpty());
    }

    @Test
    void theOutOfProvinceAgreementIsEffectiveWhenSubmitted() {
        ReviewItemDto item = submit(s.student, "out-of-province", Map.of("employerName", "北京某公司"), null, null);
        assertEquals(Set.of(Milestone.EFFECTIVE), item.milestones());
        assertEquals("feedback", item.stepKey());
    }

    @Test
    void theOtherPartysConsentCompletesTerminationAndNeverShowsItTheReason() {
        ReviewItemDto item = submit(s.student, "termination-online", Map.of("agreementId", "agr_1",
                "reasonCategory", "CIVIL_SERVICE", "reason", "考取选调生"), "emp_1", null);
        Map<String, String> employerView = get(employer, item).attributes();
        assertEquals("agr_1", employerView.get("agreementId"));
        assertFalse(employerView.containsKey("reason"), "解除原因仅作为系统统计用，对方不可见");
        assertFalse(employerView.containsKey("reasonCategory"));
        assertEquals("考取选调生", get(s.student, item).attributes().get("reason"));
        assertEquals("CIVIL_SERVICE", get(s.schoolAdmin, item).attributes().get("reasonCategory"));
        item = act(employer, item, ReviewAction.APPROVE);
        assertEquals(ItemState.APPROVED, item.state(), "no school review for an online termination");
    }

    @Test
    void aFlowWhoseStepsAllSkipIsRefusedUnlessItSaysSo() {
        assertRefused(CoreError.REVIEW_FLOW_UNREVIEWED,
                () -> submit(s.student, "government-check", Map.of(), "emp_1", null));
        assertEquals(ItemState.APPROVED, submit(s.student, "government-check-optional", Map.of(), "emp_1", null)
                .state());
        assertEquals("school", submit(s.student, "government-check", Map.of(), "emp_2", null).stepKey());
    }
}
