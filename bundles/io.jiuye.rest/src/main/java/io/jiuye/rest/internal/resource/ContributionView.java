package io.jiuye.rest.internal.resource;

import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionKind;

/**
 * A contribution as JSON: its id ({@code pluginId:key@version}), kind and label, with the full definition record
 * under {@code definition} (records do not serialize their {@code kind()} method by themselves).
 */
public record ContributionView(String id, ContributionKind kind, LocalizedText label, Contribution definition) {

    public static ContributionView of(Contribution c) {
        return new ContributionView(c.id().toString(), c.kind(), c.label(), c);
    }
}
