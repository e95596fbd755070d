package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A field to fill in, with its limits and how a form shows it.
 *
 * @param options    the allowed values of an {@link FieldType#ENUM} field, with their zh/en labels
 * @param maxItems   &gt; 1 makes it a repeated field (e.g. at most 4 lines of personal history, R-REC-1)
 * @param help       a hint shown with the field, or {@code null}
 * @param section    the key of the form section it belongs to (e.g. "archive"), or {@code null}
 * @param visibleWhen the field is shown, required and accepted only when this holds on the item's values (e.g. the
 *                   archive forwarding address only when the employer does not receive the archive); {@code null}: always
 * @param visibility who sees its value on the item
 * @param prefill    where its initial value comes from, or {@code null}
 * @param dataTable  the data table a {@link FieldType#REGION} or {@link FieldType#COUNTRY} picker offers
 */
public record FieldDefinition(String key, LocalizedText label, FieldType type, boolean required, Integer maxLength,
        List<FieldOption> options, int maxItems, LocalizedText help, String section, Condition visibleWhen,
        Visibility visibility, Prefill prefill, String dataTable) {
    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (maxItems < 1) {
            maxItems = 1;
        }
        visibility = visibility == null ? Visibility.EVERYONE : visibility;
        if (type == FieldType.ENUM && options.isEmpty()) {
            throw new IllegalArgumentException("an ENUM field lists its options: " + key);
        }
        if ((type == FieldType.REGION || type == FieldType.COUNTRY) && dataTable == null) {
            throw new IllegalArgumentException("a picker names its data table: " + key);
        }
    }

    public static Builder builder(String key, LocalizedText label, FieldType type) {
        return new Builder(key, label, type);
    }

    public static FieldDefinition text(String key, LocalizedText label, boolean required, int maxLength) {
        Builder b = builder(key, label, FieldType.TEXT).maxLength(maxLength);
        return (required ? b.required() : b).build();
    }

    /** A choice among codes that are their own labels; prefer {@link Builder#options(FieldOption...)}. */
    public static FieldDefinition choice(String key, LocalizedText label, boolean required, List<String> options) {
        Builder b = builder(key, label, FieldType.ENUM)
                .options(options.stream().map(o -> new FieldOption(o, null)).toArray(FieldOption[]::new));
        return (required ? b.required() : b).build();
    }

    /** The codes of {@link #options()}. */
    public List<String> optionCodes() {
        return options.stream().map(FieldOption::code).toList();
    }

    public Builder toBuilder() {
        Builder b = new Builder(key, label, type);
        b.required = required;
        b.maxLength = maxLength;
        b.options = new ArrayList<>(options);
        b.maxItems = maxItems;
        b.help = help;
        b.section = section;
        b.visibleWhen = visibleWhen;
        b.visibility = visibility;
        b.prefill = prefill;
        b.dataTable = dataTable;
        return b;
    }

    /** Builds a {@link FieldDefinition}; only key, label and type are needed. */
    public static final class Builder {
        private final String key;
        private final LocalizedText label;
        private final FieldType type;
        private boolean required;
        private Integer maxLength;
        private List<FieldOption> options = new ArrayList<>();
        private int maxItems = 1;
        private LocalizedText help;
        private String section;
        private Condition visibleWhen;
        private Visibility visibility = Visibility.EVERYONE;
        private Prefill prefill;
        private String dataTable;

        private Builder(String key, LocalizedText label, FieldType type) {
            this.key = key;
            this.label = label;
            this.type = type;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder maxLength(int n) {
            this.maxLength = n;
            return this;
        }

        public Builder options(FieldOption... o) {
            this.options = new ArrayList<>(List.of(o));
            return this;
        }

        public Builder maxItems(int n) {
            this.maxItems = n;
            return this;
        }

        public Builder help(LocalizedText h) {
            this.help = h;
            return this;
        }

        public Builder section(String s) {
            this.section = s;
            return this;
        }

        public Builder visibleWhen(Condition c) {
            this.visibleWhen = c;
            return this;
        }

        public Builder visibility(Visibility v) {
            this.visibility = v;
            return this;
        }

        public Builder prefill(Prefill p) {
            this.prefill = p;
            return this;
        }

        public Builder dataTable(String table) {
            this.dataTable = table;
            return this;
        }

        public FieldDefinition build() {
            return new FieldDefinition(key, label, type, required, maxLength, options, maxItems, help, section,
                    visibleWhen, visibility, prefill, dataTable);
        }
    }
}
