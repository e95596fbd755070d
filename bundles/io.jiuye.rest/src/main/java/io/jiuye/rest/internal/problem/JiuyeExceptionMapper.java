package io.jiuye.rest.internal.problem;

import io.jiuye.api.JiuyeException;
import io.jiuye.rest.resource.Locales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** Maps a {@link JiuyeException} to a problem with its own code and status. */
public final class JiuyeExceptionMapper implements ExceptionMapper<JiuyeException> {
    private final Problems problems;

    @Context
    private HttpHeaders headers;

    public JiuyeExceptionMapper(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
    }

    @Override
    public Response toResponse(JiuyeException exception) {
        return problems.toResponse(exception, Locales.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
