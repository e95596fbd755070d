package io.jiuye.rest.resource;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.rest.resource.FieldCode;
import java.util.ArrayList;
import java.util.List;

/** Collects the missing fields of a request body and refuses them all at once with 422 VALIDATION_FAILED. */
public final class Required {
    private final List<FieldError> missing = new ArrayList<>();

    public Required check(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(FieldError.of(field, FieldCode.REQUIRED.name()));
        }
        return this;
    }

    public void done() {
        if (!missing.isEmpty()) {
            throw JiuyeException.invalid(missing);
        }
    }
}
