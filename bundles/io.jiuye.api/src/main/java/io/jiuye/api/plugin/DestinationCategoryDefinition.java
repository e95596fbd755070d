package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * An other-destination category (其他去向, R-DEST-2/6) or, with a {@code parentKey}, a sub-choice of one.
 *
 * @param nationalCode   the national graduation-destination code (§11), e.g. "11"
 * @param group          the statistics group (单位就业, 自主创业, 自由职业, 升学, 待就业, 暂不就业)
 * @param registrationFlow review of the registration; {@code null} for a group heading that cannot be chosen
 * @param releaseFlow    review of a release application (R-DEST-4), {@code null} when it cannot be released
 * @param releasedBySigning released automatically when the student signs (SD-3)
 */
public record DestinationCategoryDefinition(ContributionId id, LocalizedText label, String parentKey,
        String nationalCode, LocalizedText group, List<FieldDefinition> fields, List<SlotDefinition> evidence,
        FlowDefinition registrationFlow, FlowDefinition releaseFlow, boolean releasedBySigning)
        implements Contribution {
    public DestinationCategoryDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        fields = fields == null ? List.of() : List.copyOf(fields);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.DESTINATION_CATEGORY;
    }
}
