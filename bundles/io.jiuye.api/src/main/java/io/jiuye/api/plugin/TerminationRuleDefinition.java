package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldOption;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a school terminates agreements (解约, R-TERM-*): one rule per school (a pick-one kind). Each flow's limits and
 * window say "once" and "from 1 December". A reason hidden from the other party (R-TERM-7) is an application field
 * with {@link io.jiuye.api.flow.Visibility#NOT_COUNTERPARTY}.
 *
 * @param onlineFlow         flow for an online agreement, {@code null} when not handled in the system (seed 002)
 * @param offlineFlow        flow for an offline agreement, {@code null} when not handled
 * @param onlineInitiators   who may apply for an online agreement's termination
 * @param offlineInitiators  who may apply for an offline agreement's termination (R-TERM-3: the student)
 * @param reasonCategories   reason categories to choose from (Shandong), empty for free text only
 * @param applicationFields  fields of the application beyond the reason (e.g. seed 004's termination type)
 * @param applicationUploads slots filled with the application (the stamped termination certificate, R-TERM-3)
 * @param certificateTemplates document templates for the termination certificate
 */
public record TerminationRuleDefinition(ContributionId id, LocalizedText label, FlowDefinition onlineFlow,
        FlowDefinition offlineFlow, Set<Initiator> onlineInitiators, Set<Initiator> offlineInitiators,
        List<FieldOption> reasonCategories, List<FieldDefinition> applicationFields,
        List<SlotDefinition> applicationUploads, List<ContributionId> certificateTemplates) implements Contribution {

    /** A party that may apply. */
    public enum Initiator { STUDENT, EMPLOYER }

    public TerminationRuleDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        onlineInitiators = onlineInitiators == null ? Set.of() : Set.copyOf(onlineInitiators);
        offlineInitiators = offlineInitiators == null ? Set.of() : Set.copyOf(offlineInitiators);
        reasonCategories = reasonCategories == null ? List.of() : List.copyOf(reasonCategories);
        applicationFields = applicationFields == null ? List.of() : List.copyOf(applicationFields);
        applicationUploads = applicationUploads == null ? List.of() : List.copyOf(applicationUploads);
        certificateTemplates = certificateTemplates == null ? List.of() : List.copyOf(certificateTemplates);
    }

    public static Builder builder(ContributionId id, LocalizedText label) {
        return new Builder(id, label);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.TERMINATION_RULE;
    }

    /** Builds a {@link TerminationRuleDefinition}; with no flows the school terminates outside the system. */
    public static final class Builder {
        private final ContributionId id;
        private final LocalizedText label;
        private FlowDefinition onlineFlow;
        private FlowDefinition offlineFlow;
        private final Set<Initiator> onlineInitiators = EnumSet.noneOf(Initiator.class);
        private final Set<Initiator> offlineInitiators = EnumSet.noneOf(Initiator.class);
        private final List<FieldOption> reasonCategories = new ArrayList<>();
        private final List<FieldDefinition> applicationFields = new ArrayList<>();
        private final List<SlotDefinition> applicationUploads = new ArrayList<>();
        private final List<ContributionId> certificateTemplates = new ArrayList<>();

        private Builder(ContributionId id, LocalizedText label) {
            this.id = id;
            this.label = label;
        }

        public Builder online(FlowDefinition flow, Initiator... initiators) {
            this.onlineFlow = flow;
            onlineInitiators.addAll(List.of(initiators));
            return this;
        }

        public Builder offline(FlowDefinition flow, Initiator... initiators) {
            this.offlineFlow = flow;
            offlineInitiators.addAll(List.of(initiators));
            return this;
        }

        public Builder reasonCategories(FieldOption... c) {
            reasonCategories.addAll(List.of(c));
            return this;
        }

        public Builder applicationFields(FieldDefinition... f) {
            applicationFields.addAll(List.of(f));
            return this;
        }

        public Builder applicationUploads(SlotDefinition... s) {
            applicationUploads.addAll(List.of(s));
            return this;
        }

        public Builder certificateTemplates(ContributionId... t) {
            certificateTemplates.addAll(List.of(t));
            return this;
        }

        public TerminationRuleDefinition build() {
            return new TerminationRuleDefinition(id, label, onlineFlow, offlineFlow, onlineInitiators,
                    offlineInitiators, reasonCategories, applicationFields, applicationUploads, certificateTemplates);
        }
    }
}
