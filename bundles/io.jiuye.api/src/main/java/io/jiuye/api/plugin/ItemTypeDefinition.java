package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A kind of item submitted straight into review: its form fields and its flow. Core modules use the same shape for
 * their own item types (source info, recommendation form).
 */
public record ItemTypeDefinition(ContributionId id, LocalizedText label, List<FieldDefinition> fields,
        FlowDefinition flow) implements Contribution {
    public ItemTypeDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(flow);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.ITEM_TYPE;
    }
}
