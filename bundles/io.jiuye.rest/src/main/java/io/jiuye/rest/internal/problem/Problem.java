package io.jiuye.rest.internal.problem;

import java.util.List;

/**
 * An error response body, RFC 9457 {@code application/problem+json}, with Jiuye's extension members {@code code}
 * (stable, upper snake case), {@code message} (in the request's language) and {@code errors} (invalid fields).
 *
 * @param instance {@code urn:uuid:…} of an internal error, also written to the log; {@code null} otherwise
 */
public record Problem(String type, String title, int status, String detail, String code, String message,
        List<FieldProblem> errors, String instance) {

    /** One invalid field: its name (dotted path for nested JSON), its code and the message for it. */
    public record FieldProblem(String field, String code, String message) {
    }
}
