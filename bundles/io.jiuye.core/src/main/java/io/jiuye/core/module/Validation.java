package io.jiuye.core.module;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors and throws them together, so a form shows every problem at once. */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "REQUIRED"));
        } else if (value.length() > maxLength) {
            errors.add(FieldError.of(field, "TOO_LONG", maxLength));
        }
        return this;
    }

    public Validation optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(FieldError.of(field, "TOO_LONG", maxLength));
        }
        return this;
    }

    public Validation matches(String field, String value, Pattern pattern, String code) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.add(FieldError.of(field, code));
        }
        return this;
    }

    public Validation check(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            errors.add(FieldError.of(field, code, args));
        }
        return this;
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
    }
}
