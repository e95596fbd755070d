package io.jiuye.documents.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * A template as read from a plugin's JSON resource (format described in {@code io.jiuye.api.document}). The records
 * only hold what was read; {@link LayoutReader} checks it, {@link FormData} checks data against it and
 * {@link PdfRenderer} draws it.
 */
record Layout(int format, LocalizedText title, Float fontSize, List<Section> sections) {

    static final int FORMAT = 1;

    Layout {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    float bodySize() {
        return fontSize == null ? 10.5f : fontSize;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Grid.class, name = "grid"),
            @JsonSubTypes.Type(value = Lines.class, name = "lines"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Boxes.class, name = "boxes")})
    sealed interface Section permits Grid, Lines, Paragraph, Boxes {
        /** The heading printed vertically in the section's left column; {@code null} for none. */
        LocalizedText title();
    }

    /** Label/value cells, {@code columns} a row, and an optional photo box to the right of all rows. */
    record Grid(LocalizedText title, Integer columns, List<Field> fields, Photo photo) implements Section {
        Grid {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        int columnCount() {
            return columns == null ? 2 : columns;
        }
    }

    /**
     * One value of a grid.
     *
     * @param wide    takes a whole row
     * @param options stored codes to printed labels (e.g. M → 男)
     */
    record Field(String key, LocalizedText label, Integer maxLength, boolean required, boolean wide,
            Map<String, LocalizedText> options) {
        Field {
            options = options == null ? Map.of() : Map.copyOf(options);
        }
    }

    record Photo(String key, LocalizedText label, boolean required) {
    }

    /** At most {@code maxLines} lines of at most {@code maxLength} characters, under an optional caption row. */
    record Lines(LocalizedText title, String key, LocalizedText caption, Integer maxLines, Integer maxLength,
            boolean required) implements Section {
    }

    /** Free text of at most {@code maxLength} characters, wrapped in a box {@code height} points high. */
    record Paragraph(LocalizedText title, String key, Integer maxLength, Float height, boolean required)
            implements Section {
    }

    /** Side-by-side boxes for opinions and stamps, each with a title at the top and a footer at the bottom. */
    record Boxes(LocalizedText title, Float height, List<Box> boxes) implements Section {
        Boxes {
            boxes = boxes == null ? List.of() : List.copyOf(boxes);
        }
    }

    record Box(LocalizedText title, LocalizedText footer) {
    }
}
