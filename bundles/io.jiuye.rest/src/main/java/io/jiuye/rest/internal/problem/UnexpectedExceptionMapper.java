package io.jiuye.rest.internal.problem;

import io.jiuye.rest.resource.Locales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** Maps everything else to a logged 500 INTERNAL_ERROR without a stack trace in the body. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private final Problems problems;

    @Context
    private HttpHeaders headers;

    public UnexpectedExceptionMapper(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
    }

    @Override
    public Response toResponse(Throwable exception) {
        return problems.toResponse(exception, Locales.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
