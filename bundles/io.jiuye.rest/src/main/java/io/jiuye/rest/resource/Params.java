package io.jiuye.rest.resource;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.rest.resource.FieldCode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters, headers and body fields, refusing bad ones with a problem that names the field: 400
 * BAD_REQUEST for what cannot be parsed, 422 VALIDATION_FAILED for what is missing.
 */
public final class Params {
    private Params() {
    }

    public static JiuyeException malformed(String field, FieldCode code, Object... args) {
        return new JiuyeException(CoreError.BAD_REQUEST, List.of(FieldError.of(field, code.name(), args)));
    }

    public static JiuyeException missing(String field) {
        return JiuyeException.invalid(field, FieldCode.REQUIRED.name());
    }

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    /** A free-text query parameter: trimmed, {@code null} when absent or blank (no filter). */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw malformed(field, FieldCode.NOT_AN_INTEGER);
        }
    }

    public static boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw malformed(field, FieldCode.NOT_A_BOOLEAN);
        };
    }

    /** An enum constant by its code (case-insensitive), {@code null} for an absent value. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw malformed(field, FieldCode.UNKNOWN_VALUE,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * The version an action expects: the body's {@code version}, else the {@code If-Match} header (a number, quoted
     * or not, as an entity tag or plain).
     */
    public static long version(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw missing("version");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw malformed("If-Match", FieldCode.NOT_AN_INTEGER);
        }
    }
}
