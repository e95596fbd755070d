package io.jiuye.api.plugin;

import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * How a school terminates agreements (解约, R-TERM-*): one rule per school (a pick-one kind).
 * Each flow's limits and window say "once" and "from 1 December".
 *
 * @param onlineFlow      flow for an online agreement, {@code null} when not handled in the system (seed 002)
 * @param offlineFlow     flow for an offline agreement, {@code null} when not handled
 * @param onlineInitiators who may apply for an online agreement's termination: "STUDENT", "EMPLOYER"
 * @param reasonCategories reason categories to choose from (Shandong), empty for free text only
 * @param reasonHiddenFromCounterparty whether reason and category are statistics only (R-TERM-7)
 * @param certificateTemplates keys of document templates for the termination certificate
 */
public record TerminationRuleDefinition(ContributionId id, LocalizedText label, FlowDefinition onlineFlow,
        FlowDefinition offlineFlow, List<String> onlineInitiators, List<String> reasonCategories,
        boolean reasonHiddenFromCounterparty, List<ContributionId> certificateTemplates) implements Contribution {
    public TerminationRuleDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        onlineInitiators = onlineInitiators == null ? List.of() : List.copyOf(onlineInitiators);
        reasonCategories = reasonCategories == null ? List.of() : List.copyOf(reasonCategories);
        certificateTemplates = certificateTemplates == null ? List.of() : List.copyOf(certificateTemplates);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.TERMINATION_RULE;
    }
}
