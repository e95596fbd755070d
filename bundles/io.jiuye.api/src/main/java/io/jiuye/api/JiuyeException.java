package io.jiuye.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A refusal the caller can act on: a stable {@link ErrorCode}, arguments for its message and, for validation,
 * the fields at fault. Arguments may be {@code null}. The REST layer turns it into {@code application/problem+json}.
 */
public class JiuyeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One invalid field: its name, its own code and the message arguments. */
    public record FieldError(String field, String code, List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public static FieldError of(String field, String code, Object... args) {
            return new FieldError(field, code, Arrays.asList(args));
        }
    }

    private final ErrorCode error;
    private final transient List<Object> args;
    private final transient List<FieldError> fieldErrors;

    public JiuyeException(ErrorCode error, Object... args) {
        this(error, List.of(), args);
    }

    public JiuyeException(ErrorCode error, List<FieldError> fieldErrors, Object... args) {
        super(error.code());
        this.error = Objects.requireNonNull(error);
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static JiuyeException invalid(List<FieldError> errors) {
        return new JiuyeException(CoreError.VALIDATION_FAILED, errors);
    }

    public static JiuyeException invalid(String field, String code, Object... args) {
        return invalid(List.of(FieldError.of(field, code, args)));
    }

    public ErrorCode error() {
        return error;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
