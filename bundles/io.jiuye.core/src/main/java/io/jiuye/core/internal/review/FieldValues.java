package io.jiuye.core.internal.review;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.flow.FieldDefinition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks values against field definitions: unknown and reserved keys, required fields, length, and each type's
 * form. A field whose {@code visibleWhen} does not hold on the item's values is neither required nor kept.
 */
final class FieldValues {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,9}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern TABLE_CODE = Pattern.compile("[A-Z0-9]{2,12}");

    private FieldValues() {
    }

    /**
     * The checked values, stripped; throws VALIDATION_FAILED with one error per fault.
     *
     * @param context  values already on the item, read by {@code visibleWhen} together with {@code given}
     * @param reserved names nobody may send (trusted facts)
     */
    static Map<String, String> check(List<FieldDefinition> fields, Map<String, String> given,
            Map<String, String> context, Set<String> reserved) {
        return check(fields, given, context, reserved, true);
    }

    /** As above; without {@code enforceRequired} missing required values are no fault (a step's REJECT, RETURN). */
    static Map<String, String> check(List<FieldDefinition> fields, Map<String, String> given,
            Map<String, String> context, Set<String> reserved, boolean enforceRequired) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        for (String k : given.keySet()) {
            if (reserved.contains(k)) {
                errors.add(FieldError.of(k, "ATTRIBUTE_RESERVED"));
            } else if (!byKey.containsKey(k)) {
                errors.add(FieldError.of(k, "ATTRIBUTE_UNKNOWN"));
            }
        }
        Map<String, String> all = new HashMap<>(context);
        given.forEach((k, v) -> {
            if (v != null) {
                all.put(k, v.strip());
            }
        });
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldDefinition f : byKey.values()) {
            if (f.visibleWhen() != null && !f.visibleWhen().test(all)) {
                continue;
            }
            String v = given.get(f.key());
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) {
                if (f.required() && enforceRequired) {
                    errors.add(FieldError.of(f.key(), "REQUIRED"));
                }
                continue;
            }
            if (f.maxLength() != null && v.length() > f.maxLength()) {
                errors.add(FieldError.of(f.key(), "TOO_LONG", f.maxLength()));
            }
            String code = typeError(f, v);
            if (code != null) {
                errors.add(FieldError.of(f.key(), code));
            }
            out.put(f.key(), v);
        }
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
        return out;
    }

    private static String typeError(FieldDefinition f, String v) {
        return switch (f.type()) {
            case INTEGER -> INTEGER.matcher(v).matches() ? null : "ATTRIBUTE_INTEGER";
            case MONEY -> MONEY.matcher(v).matches() ? null : "ATTRIBUTE_MONEY";
            case ENUM -> f.optionCodes().contains(v) ? null : "ATTRIBUTE_OPTION";
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : "ATTRIBUTE_BOOLEAN";
            case DATE -> parses(() -> LocalDate.parse(v)) ? null : "ATTRIBUTE_DATE";
            case MONTH -> parses(() -> YearMonth.parse(v)) ? null : "ATTRIBUTE_MONTH";
            case PHONE -> PHONE.matcher(v).matches() ? null : "ATTRIBUTE_PHONE";
            case EMAIL -> EMAIL.matcher(v).matches() ? null : "ATTRIBUTE_EMAIL";
            case CREDIT_CODE -> CREDIT_CODE.matcher(v).matches() ? null : "ATTRIBUTE_CREDIT_CODE";
            case ID_NUMBER -> ID_NUMBER.matcher(v).matches() ? null : "ATTRIBUTE_ID_NUMBER";
            case REGION, COUNTRY -> TABLE_CODE.matcher(v).matches() ? null : "ATTRIBUTE_OPTION";
            case TEXT -> null;
        };
    }

    private static boolean parses(Runnable r) {
        try {
            r.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
