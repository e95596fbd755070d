package io.jiuye.documents.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.document.DocumentError;
import io.jiuye.api.document.DocumentService;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document templates of the installed plugins. A template's {@code resource} is read from the bundle that
 * registered the plugin's service, so a plugin needs nothing beyond its descriptor and the file; each layout is read
 * once and forgotten with its plugin. The first plugin with an id wins, as in the core's registry.
 */
final class PluginTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(PluginTemplates.class);

    private final Map<String, Source> byId = new ConcurrentHashMap<>();

    /** A plugin's templates and where to read them; layouts are cached with it, so they go when it goes. */
    private record Source(JiuyePlugin service, PluginDescriptor descriptor, Bundle bundle,
            Map<ContributionId, Layout> layouts) {
    }

    void add(JiuyePlugin plugin, Bundle bundle) {
        PluginDescriptor d;
        try {
            d = plugin.descriptor();
        } catch (RuntimeException e) {
            LOG.debug("Plugin service {} has an invalid descriptor; its templates are ignored",
                    plugin.getClass().getName(), e);
            return;
        }
        byId.putIfAbsent(d.id(), new Source(plugin, d, bundle, new ConcurrentHashMap<>()));
    }

    void remove(JiuyePlugin plugin) {
        byId.values().removeIf(s -> s.service() == plugin);
    }

    /**
     * The checked layout of a template: {@code CONTRIBUTION_UNAVAILABLE} when no installed plugin contributes it,
     * {@code DOCUMENT_TEMPLATE_INVALID} (logged) when its resource is missing or malformed.
     */
    Layout layout(ContributionId id) {
        Source source = byId.get(id.pluginId());
        DocumentTemplateDefinition template = Optional.ofNullable(source)
                .flatMap(s -> s.descriptor().contributions().stream()
                        .filter(c -> c.id().equals(id) && c instanceof DocumentTemplateDefinition)
                        .map(DocumentTemplateDefinition.class::cast)
                        .findFirst())
                .orElseThrow(() -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, id.toString()));
        return source.layouts().computeIfAbsent(id, k -> read(source.bundle(), template));
    }

    private static Layout read(Bundle bundle, DocumentTemplateDefinition template) {
        if (!DocumentService.LAYOUT.equals(template.mediaType())) {
            return invalid(template, "media type " + template.mediaType() + " is not " + DocumentService.LAYOUT, null);
        }
        String path = template.resource().startsWith("/") ? template.resource().substring(1) : template.resource();
        URL url = bundle.getEntry(path);
        if (url == null) {
            url = bundle.getResource(path);
        }
        if (url == null) {
            return invalid(template, "no resource " + path + " in bundle " + bundle.getSymbolicName(), null);
        }
        try (InputStream in = url.openStream()) {
            return LayoutReader.read(in);
        } catch (IllegalArgumentException e) {
            return invalid(template, path + " in bundle " + bundle.getSymbolicName() + ": " + e.getMessage(), null);
        } catch (IOException e) {
            return invalid(template, path + " in bundle " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
        }
    }

    private static Layout invalid(DocumentTemplateDefinition template, String why, Exception cause) {
        LOG.error("Document template {} cannot be used: {}", template.id(), why, cause);
        throw new JiuyeException(DocumentError.DOCUMENT_TEMPLATE_INVALID, template.id().toString());
    }
}
