package io.jiuye.rest.internal.problem;

import io.jiuye.rest.resource.Locales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** Maps an {@link IllegalArgumentException} (an API record refusing its arguments) to 422 VALIDATION_FAILED. */
public final class IllegalArgumentExceptionMapper implements ExceptionMapper<IllegalArgumentException> {
    private final Problems problems;

    @Context
    private HttpHeaders headers;

    public IllegalArgumentExceptionMapper(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
    }

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        return problems.toResponse(exception, Locales.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
