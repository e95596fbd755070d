package io.jiuye.api.plugin;

import io.jiuye.api.i18n.LocalizedText;
import java.util.Objects;

/**
 * A document template (recommendation form, agreement, termination certificate): a resource in the plugin's bundle
 * that the core's document service fills in.
 *
 * @param purpose  what it is for, e.g. "recommendation-form", "agreement", "termination-certificate"
 * @param resource path of the template inside the plugin bundle
 */
public record DocumentTemplateDefinition(ContributionId id, LocalizedText label, String purpose, String resource,
        String mediaType) implements Contribution {
    public DocumentTemplateDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(mediaType);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.DOCUMENT_TEMPLATE;
    }
}
