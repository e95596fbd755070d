package io.jiuye.core.internal.plugin;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.plugin.SettingDefinition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks setting values against the types their plugin declared. */
final class SettingValues {
    private SettingValues() {
    }

    static void check(Map<String, SettingDefinition> definitions, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        values.forEach((key, raw) -> {
            SettingDefinition def = definitions.get(key);
            if (def == null) {
                errors.add(FieldError.of(key, "SETTING_UNKNOWN"));
                return;
            }
            String v = raw == null ? "" : raw.strip();
            String problem = problem(def, v);
            if (problem != null) {
                errors.add(FieldError.of(key, problem, def.min(), def.max()));
            }
        });
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
    }

    private static String problem(SettingDefinition def, String v) {
        switch (def.type()) {
            case INTEGER -> {
                try {
                    int n = Integer.parseInt(v);
                    if ((def.min() != null && n < def.min()) || (def.max() != null && n > def.max())) {
                        return "SETTING_RANGE";
                    }
                } catch (NumberFormatException e) {
                    return "SETTING_INTEGER";
                }
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) {
                    return "SETTING_BOOLEAN";
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    return "SETTING_DATE";
                }
            }
            case ENUM -> {
                if (!def.options().contains(v)) {
                    return "SETTING_OPTION";
                }
            }
            default -> {
                if (v.length() > 1000) {
                    return "TOO_LONG";
                }
            }
        }
        return null;
    }
}
