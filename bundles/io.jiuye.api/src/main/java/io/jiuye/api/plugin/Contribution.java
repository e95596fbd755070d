package io.jiuye.api.plugin;

import io.jiuye.api.i18n.LocalizedText;

/** Something a plugin contributes, named by its {@link ContributionId}. */
public sealed interface Contribution permits ItemTypeDefinition, SigningModeDefinition,
        DestinationCategoryDefinition, TerminationRuleDefinition, DocumentTemplateDefinition {

    ContributionId id();

    LocalizedText label();

    ContributionKind kind();
}
