package io.jiuye.api.document;

import io.jiuye.api.plugin.ContributionId;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Fills a document template with data and renders it as PDF, with its Chinese text in an embedded font subset.
 *
 * <p>The template is a {@link io.jiuye.api.plugin.DocumentTemplateDefinition} of an installed plugin, with media
 * type {@link #LAYOUT} (the format is described in the {@linkplain io.jiuye.api.document package}). Which template
 * applies to a school, and whether the caller may print the data, is the caller's business: pick it with
 * {@link io.jiuye.api.plugin.SchoolPlugins#contributions} and the template's {@code purpose}.
 *
 * <p>Data values, by the keys the template names: text as {@link String}, {@link Number}, {@link Boolean} or any
 * {@code java.time} value (printed by {@code toString()}, so a {@code YearMonth} prints as {@code 1995-07}), or a
 * code that the field's {@code options} map to a label; lines as a {@link java.util.List} or a newline-separated
 * string; a photo as the bytes of a JPEG or PNG image. {@code null} and absent keys print as empty. Keys the
 * template does not name are ignored.
 *
 * <p>Errors are {@link io.jiuye.api.JiuyeException}s: {@code CONTRIBUTION_UNAVAILABLE} when no installed plugin
 * contributes the template (argument: the id); {@code VALIDATION_FAILED} with one field error per fault, codes
 * {@code REQUIRED}, {@code TOO_LONG} (max), {@code TOO_MANY_LINES} (max), {@code PHOTO_INVALID} and, from
 * {@link #render} only, {@code GLYPH_MISSING} (the character the font cannot print); a {@link DocumentError} when
 * the server cannot render at all.
 */
@ProviderType
public interface DocumentService {

    /** Media type of a template this service renders: a JSON layout. */
    String LAYOUT = "application/vnd.jiuye.layout+json";

    /** Media type of what {@link #render} returns. */
    String PDF = "application/pdf";

    /** Renders the template filled with the data, labels in the locale's language (Chinese unless English). */
    byte[] render(ContributionId template, Map<String, ?> data, Locale locale);

    /**
     * Checks data against the template's limits without rendering, e.g. when a draft is saved or submitted: returns
     * normally or throws {@code VALIDATION_FAILED} as {@link #render} would.
     */
    void check(ContributionId template, Map<String, ?> data);
}
