package io.jiuye.documents.internal;

import io.jiuye.api.document.DocumentService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.JiuyePlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the document templates of installed plugins as PDF with PDFBox. It tracks the plugin services itself
 * (their bundles hold the template files) and has no other dependency, so it comes and goes without the core.
 */
@Component(service = DocumentService.class, configurationPid = PdfDocumentService.PID, immediate = true)
@Designate(ocd = PdfDocumentService.Config.class)
public class PdfDocumentService implements DocumentService {
    static final String PID = "io.jiuye.documents";
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentService.class);

    @ObjectClassDefinition(name = "Jiuye documents", description = "How PDF documents are rendered")
    public @interface Config {
        @AttributeDefinition(description = "TrueType font (.ttf) or collection (.ttc) with Chinese and Latin"
                + " glyphs; a subset is embedded in every document")
        String fontPath() default DocumentFont.DEFAULT_PATH;

        @AttributeDefinition(description = "Name of the face in a .ttc collection; empty for the first")
        String fontName() default DocumentFont.DEFAULT_NAME;
    }

    private final PluginTemplates templates;
    private volatile DocumentFont font;

    @Activate
    public PdfDocumentService(Config config) {
        this(new PluginTemplates(), new DocumentFont(config.fontPath(), config.fontName()));
        font.probe();
    }

    PdfDocumentService(PluginTemplates templates, DocumentFont font) {
        this.templates = templates;
        this.font = font;
    }

    @Modified
    void modified(Config config) {
        font = new DocumentFont(config.fontPath(), config.fontName());
        font.probe();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPlugin(JiuyePlugin plugin, ServiceReference<JiuyePlugin> ref) {
        templates.add(plugin, ref.getBundle());
    }

    void removePlugin(JiuyePlugin plugin) {
        templates.remove(plugin);
    }

    @Override
    public byte[] render(ContributionId template, Map<String, ?> data, Locale locale) {
        Objects.requireNonNull(template, "template");
        Layout layout = templates.layout(template);
        Locale lang = locale == null ? MessageCatalog.ZH : locale;
        FormData form = FormData.of(layout, data, lang);
        long t0 = System.nanoTime();
        try (DocumentFont.Face face = font.open()) {
            byte[] pdf = PdfRenderer.render(layout, form, lang, face);
            LOG.debug("Rendered {} in {} ms, {} bytes", template, (System.nanoTime() - t0) / 1_000_000, pdf.length);
            return pdf;
        } catch (IOException e) {
            // unexpected (the font changed under us, ...): a 500 for the caller, logged where it is mapped
            throw new UncheckedIOException("rendering " + template + " failed", e);
        }
    }

    @Override
    public void check(ContributionId template, Map<String, ?> data) {
        Objects.requireNonNull(template, "template");
        FormData.of(templates.layout(template), data, MessageCatalog.ZH);
    }
}
