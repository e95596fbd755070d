package io.jiuye.documents.internal;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The data for one document, checked against its layout and turned into the texts to print: one line for a grid
 * field, lines for a lines section, wrapped text for a paragraph, image bytes for a photo.
 */
final class FormData {
    static final String REQUIRED = "REQUIRED";
    static final String TOO_LONG = "TOO_LONG";
    static final String TOO_MANY_LINES = "TOO_MANY_LINES";
    static final String PHOTO_INVALID = "PHOTO_INVALID";
    static final String INVALID = "INVALID";

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, byte[]> photos = new LinkedHashMap<>();
    private final Map<String, String> plain;
    private final List<FieldError> errors = new ArrayList<>();

    private FormData(Map<String, ?> data) {
        this.plain = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (k != null && isScalar(v)) {
                plain.put(k, oneLine(scalar(v)));
            }
        });
    }

    /**
     * Checks the data against the layout; {@code VALIDATION_FAILED} with every fault at once.
     *
     * @param locale the language of option labels
     */
    static FormData of(Layout layout, Map<String, ?> data, Locale locale) {
        FormData form = new FormData(data == null ? Map.of() : data);
        Map<String, ?> values = data == null ? Map.of() : data;
        for (Layout.Section section : layout.sections()) {
            if (section instanceof Layout.Grid grid) {
                for (Layout.Field f : grid.fields()) {
                    form.field(f, values.get(f.key()), locale);
                }
                if (grid.photo() != null) {
                    form.photo(grid.photo(), values.get(grid.photo().key()));
                }
            } else if (section instanceof Layout.Lines l) {
                form.lines(l.key(), values.get(l.key()), l.maxLines(), l.maxLength(), l.required());
            } else if (section instanceof Layout.Paragraph p) {
                form.paragraph(p, values.get(p.key()));
            }
        }
        if (!form.errors.isEmpty()) {
            throw JiuyeException.invalid(form.errors);
        }
        return form;
    }

    /** The printed text of a grid field, "" when empty. */
    String text(String key) {
        return texts.getOrDefault(key, "");
    }

    /** The lines of a lines section or the paragraphs of a paragraph, empty when none. */
    List<String> lines(String key) {
        return lines.getOrDefault(key, List.of());
    }

    /** The photo's image bytes, {@code null} when none. */
    byte[] photo(String key) {
        return photos.get(key);
    }

    /** Every text printed from the data, by key, to check the font against. */
    Map<String, List<String>> printed() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        texts.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        lines.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return all;
    }

    /** Replaces {@code {key}} by the data value of that key (scalars only), "" when absent. */
    String fill(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            out.append(plain.getOrDefault(template.substring(open + 1, close), ""));
            i = close + 1;
        }
        return out.toString().strip();
    }

    private void field(Layout.Field f, Object value, Locale locale) {
        if (value != null && !isScalar(value)) {
            errors.add(FieldError.of(f.key(), INVALID));
            return;
        }
        String text = value == null ? "" : oneLine(scalar(value));
        if (text.isEmpty()) {
            if (f.required()) {
                errors.add(FieldError.of(f.key(), REQUIRED));
            }
            return;
        }
        if (f.maxLength() != null && length(text) > f.maxLength()) {
            errors.add(FieldError.of(f.key(), TOO_LONG, f.maxLength()));
            return;
        }
        LocalizedText option = f.options().get(text);
        texts.put(f.key(), option == null ? text : option.in(locale));
    }

    private void lines(String key, Object value, int maxLines, Integer maxLength, boolean required) {
        List<String> raw = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (o != null && !isScalar(o)) {
                    errors.add(FieldError.of(key, INVALID));
                    return;
                }
                raw.addAll(scalar(o).lines().toList());
            }
        } else if (value != null) {
            if (!isScalar(value)) {
                errors.add(FieldError.of(key, INVALID));
                return;
            }
            raw.addAll(scalar(value).lines().toList());
        }
        List<String> kept = raw.stream().map(FormData::oneLine).filter(s -> !s.isEmpty()).toList();
        if (kept.isEmpty() && required) {
            errors.add(FieldError.of(key, REQUIRED));
        }
        if (kept.size() > maxLines) {
            errors.add(FieldError.of(key, TOO_MANY_LINES, maxLines));
        }
        if (maxLength != null) {
            for (int n = 0; n < kept.size(); n++) {
                if (length(kept.get(n)) > maxLength) {
                    // the line number (from 1) follows the limit, for a message that wants it
                    errors.add(FieldError.of(key, TOO_LONG, maxLength, n + 1));
                    break;
                }
            }
        }
        lines.put(key, kept);
    }

    private void paragraph(Layout.Paragraph p, Object value) {
        if (value != null && !isScalar(value)) {
            errors.add(FieldError.of(p.key(), INVALID));
            return;
        }
        List<String> paragraphs = value == null ? List.of()
                : scalar(value).lines().map(FormData::oneLine).filter(s -> !s.isEmpty()).toList();
        int length = paragraphs.stream().mapToInt(FormData::length).sum();
        if (length == 0 && p.required()) {
            errors.add(FieldError.of(p.key(), REQUIRED));
        }
        if (length > p.maxLength()) {
            errors.add(FieldError.of(p.key(), TOO_LONG, p.maxLength()));
        }
        lines.put(p.key(), paragraphs);
    }

    private void photo(Layout.Photo photo, Object value) {
        if (value == null || value instanceof byte[] b && b.length == 0) {
            if (photo.required()) {
                errors.add(FieldError.of(photo.key(), REQUIRED));
            }
            return;
        }
        if (!(value instanceof byte[] bytes) || !isJpeg(bytes) && !isPng(bytes)) {
            errors.add(FieldError.of(photo.key(), PHOTO_INVALID));
            return;
        }
        photos.put(photo.key(), bytes);
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    static boolean isPng(byte[] b) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object v) {
        return v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof TemporalAccessor || v instanceof Enum<?>;
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return Objects.toString(v);
    }

    /** One printable line: line breaks and tabs become spaces, other control characters go, ends are trimmed. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** Length as a person counts it: characters, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
