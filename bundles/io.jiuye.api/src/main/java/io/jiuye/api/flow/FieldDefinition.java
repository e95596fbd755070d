package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A field to fill in, with its limits. {@code options} lists the allowed codes of an {@link FieldType#ENUM} field.
 * {@code maxItems} &gt; 1 makes it a repeated field (e.g. at most 4 lines of personal history, R-REC-1).
 */
public record FieldDefinition(String key, LocalizedText label, FieldType type, boolean required, Integer maxLength,
        List<String> options, int maxItems) {
    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (maxItems < 1) {
            maxItems = 1;
        }
    }

    public static FieldDefinition text(String key, LocalizedText label, boolean required, int maxLength) {
        return new FieldDefinition(key, label, FieldType.TEXT, required, maxLength, List.of(), 1);
    }

    public static FieldDefinition choice(String key, LocalizedText label, boolean required, List<String> options) {
        return new FieldDefinition(key, label, FieldType.ENUM, required, null, options, 1);
    }
}
