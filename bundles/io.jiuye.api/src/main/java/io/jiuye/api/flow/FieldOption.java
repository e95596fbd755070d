package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.Objects;

/** One allowed value of an {@link FieldType#ENUM} field: the stored code and its zh/en label. */
public record FieldOption(String code, LocalizedText label) {
    public FieldOption {
        Objects.requireNonNull(code, "code");
        label = label == null ? LocalizedText.of(code, code) : label;
    }

    public static FieldOption of(String code, String zh, String en) {
        return new FieldOption(code, LocalizedText.of(zh, en));
    }
}
