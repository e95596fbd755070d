package io.jiuye.rest.internal.problem;

import jakarta.ws.rs.WebApplicationException;
import io.jiuye.rest.resource.Locales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** Maps JAX-RS errors (unknown path, wrong method, wrong media type…) to problems with the matching code. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private final Problems problems;

    @Context
    private HttpHeaders headers;

    public WebApplicationExceptionMapper(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        return problems.toResponse(exception, Locales.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
