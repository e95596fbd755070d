package io.jiuye.rest.internal.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jiuye.rest.resource.Locales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** Maps unreadable or unmappable JSON in a request body to 400 BAD_REQUEST (with the field at fault when known). */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private final Problems problems;

    @Context
    private HttpHeaders headers;

    public JsonExceptionMapper(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problems.toResponse(exception, Locales.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
