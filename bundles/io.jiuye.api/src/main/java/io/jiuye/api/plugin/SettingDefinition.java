package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldType;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A typed per-school setting a plugin declares, with its default (e.g. the consideration period in hours, 24 at
 * CQU; the invitation validity in days, 5 in Hubei). Values are stored in the database per school.
 *
 * @param type    one of TEXT, INTEGER, BOOLEAN, DATE, ENUM
 * @param options allowed values of an ENUM setting
 */
public record SettingDefinition(String key, LocalizedText label, FieldType type, String defaultValue,
        List<String> options, Integer min, Integer max) {
    public SettingDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static SettingDefinition integer(String key, LocalizedText label, int defaultValue, int min, int max) {
        return new SettingDefinition(key, label, FieldType.INTEGER, Integer.toString(defaultValue), null, min, max);
    }

    public static SettingDefinition bool(String key, LocalizedText label, boolean defaultValue) {
        return new SettingDefinition(key, label, FieldType.BOOLEAN, Boolean.toString(defaultValue), null, null, null);
    }

    public static SettingDefinition choice(String key, LocalizedText label, String defaultValue, List<String> options) {
        return new SettingDefinition(key, label, FieldType.ENUM, defaultValue, options, null, null);
    }
}
