package io.jiuye.documents.internal;

import io.jiuye.api.document.DocumentService;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;

/** Plugins and bundles without a framework: a bundle's entries are this test's resources. */
final class TestPlugins {
    static final ContributionId FORM = ContributionId.of("national", "recommendation-form", 1);

    private TestPlugins() {
    }

    static DocumentTemplateDefinition template(ContributionId id, String resource, String mediaType) {
        return new DocumentTemplateDefinition(id, LocalizedText.of("毕业生就业推荐表", "Recommendation form"),
                "recommendation-form", resource, mediaType);
    }

    /** The national plugin as it will ship the recommendation form. */
    static JiuyePlugin national() {
        return plugin("national", template(FORM, "templates/recommendation-form.json", DocumentService.LAYOUT));
    }

    static JiuyePlugin plugin(String id, Contribution... contributions) {
        PluginDescriptor d = new PluginDescriptor(id, "1.0.0", LocalizedText.of(id, id), false,
                List.of(contributions), List.of(), Map.of());
        return () -> d;
    }

    /** A bundle whose entries are resources of the test class path. */
    static Bundle bundle(String symbolicName) {
        ClassLoader loader = TestPlugins.class.getClassLoader();
        return (Bundle) Proxy.newProxyInstance(loader, new Class<?>[] {Bundle.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getEntry", "getResource" -> loader.getResource((String) args[0]);
                    case "getSymbolicName" -> symbolicName;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "bundle " + symbolicName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
