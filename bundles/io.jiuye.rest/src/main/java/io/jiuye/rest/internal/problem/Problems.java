package io.jiuye.rest.internal.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.jiuye.api.CoreError;
import io.jiuye.api.ErrorCode;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.FieldCode;
import io.jiuye.rest.resource.RestError;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any exception into an {@code application/problem+json} response: a {@link JiuyeException} keeps its code
 * and status, unreadable JSON becomes 400 BAD_REQUEST, an {@link IllegalArgumentException} (a rule of an API record)
 * 422 VALIDATION_FAILED, a JAX-RS error (404, 405, 415…) the matching code, a connection pool that gave up waiting
 * 503 DATABASE_BUSY with {@code Retry-After}, and anything else a 500 INTERNAL_ERROR that is logged and never shows
 * its stack trace. All exception mappers delegate here, so the outcome does not
 * depend on which mapper Jersey picks or how it wraps the exception.
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String TYPE_PREFIX = "urn:jiuye:error:";
    private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"), Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));
    /**
     * Seconds a client should wait before retrying a {@link CoreError#DATABASE_BUSY} ({@code Retry-After}): a pool
     * wait times out after seconds, and a request that found none free usually finds one a moment later.
     */
    static final int DATABASE_BUSY_RETRY_SECONDS = 2;

    private final Supplier<MessageCatalog> catalog;

    /** @param catalog the message catalogue, giving {@code null} while it is missing (built-in texts then) */
    public Problems(Supplier<MessageCatalog> catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    /** The problem response for any throwable, in the given language. */
    public Response toResponse(Throwable thrown, Locale locale) {
        Throwable e = unwrap(thrown);
        if (e instanceof JiuyeException je) {
            return response(je.error(), je.args(), je.fieldErrors(), null, locale, null);
        }
        if (e instanceof JsonProcessingException jpe) {
            return json(jpe, locale);
        }
        if (e instanceof WebApplicationException wae) {
            return web(wae, locale);
        }
        if (e instanceof IllegalArgumentException iae) {
            return response(CoreError.VALIDATION_FAILED, List.of(), List.of(), iae.getMessage(), locale, null);
        }
        if (poolTimedOut(e)) { // not translated by the service that hit it: still an overload, not a bug
            LOG.warn("No database connection free in time: {}", e.toString());
            return response(CoreError.DATABASE_BUSY, List.of(), List.of(), null, locale, null);
        }
        return internal(e, locale);
    }

    /** Whether the connection pool gave up waiting somewhere down the chain (HikariCP, wrapped by JPA or not). */
    private static boolean poolTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Jersey wraps reader failures; the cause is what the client did wrong. */
    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && e != e.getCause() && (e instanceof ProcessingException
                || e.getClass().getName().equals("org.glassfish.jersey.server.internal.process.MappableException"))) {
            e = e.getCause();
        }
        return e;
    }

    private Response json(JsonProcessingException e, Locale locale) {
        if (e instanceof InvalidDefinitionException) {
            return internal(e, locale); // our DTO cannot be (de)serialized: a bug, not bad input
        }
        if (e.getCause() instanceof JiuyeException je) { // thrown by a record's constructor while reading
            return toResponse(je, locale);
        }
        if (e.getCause() instanceof IllegalArgumentException iae) {
            return toResponse(iae, locale);
        }
        boolean reading = e instanceof StreamReadException
                || (e instanceof JsonMappingException jme && jme.getProcessor() instanceof JsonParser);
        if (!reading) {
            return internal(e, locale); // failed while writing a response
        }
        List<FieldError> fields = List.of();
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            FieldCode code = e instanceof PropertyBindingException ? FieldCode.UNKNOWN_PROPERTY
                    : e instanceof InvalidFormatException ife && ife.getTargetType() != null
                            && ife.getTargetType().isEnum() ? FieldCode.UNKNOWN_VALUE : FieldCode.INVALID_FORMAT;
            Object[] args = code == FieldCode.UNKNOWN_VALUE ? new Object[] { enumValues(
                    ((InvalidFormatException) e).getTargetType()) } : new Object[0];
            fields = List.of(FieldError.of(path(jme), code.name(), args));
        }
        return response(CoreError.BAD_REQUEST, List.of(), fields, null, locale, null);
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private Response web(WebApplicationException e, Locale locale) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        ErrorCode code = switch (status) {
            case 400 -> CoreError.BAD_REQUEST;
            case 401 -> CoreError.UNAUTHENTICATED;
            case 403 -> CoreError.FORBIDDEN;
            case 404 -> CoreError.NOT_FOUND;
            case 405 -> RestError.METHOD_NOT_ALLOWED;
            case 406 -> RestError.NOT_ACCEPTABLE;
            case 413 -> RestError.PAYLOAD_TOO_LARGE;
            case 415 -> RestError.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? null : CoreError.BAD_REQUEST;
        };
        if (code == null) {
            return internal(e, locale);
        }
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        Response r = response(code, List.of(), List.of(), null, locale, null);
        return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
    }

    private Response internal(Throwable e, Locale locale) {
        String id = UUID.randomUUID().toString();
        LOG.error("Internal error {}", id, e);
        return response(RestError.INTERNAL_ERROR, List.of(), List.of(), null, locale, "urn:uuid:" + id);
    }

    /** A problem response for a code, its message arguments and invalid fields. */
    public Response response(ErrorCode code, List<Object> args, List<FieldError> fields, String detail,
            Locale locale, String instance) {
        int status = code.status();
        String message = text("error." + code.code(), locale, args, fallback(code));
        List<Problem.FieldProblem> errors = fields.stream().map(f -> new Problem.FieldProblem(f.field(), f.code(),
                text("field." + f.code(), locale, f.args(), fieldFallback(f.code())))).toList();
        Problem problem = new Problem(TYPE_PREFIX + code.code(), TITLES.getOrDefault(status, "Error"), status,
                detail != null && !detail.isBlank() ? detail : message, code.code(), message, errors, instance);
        Response.ResponseBuilder rb = Response.status(status).type(Api.PROBLEM_JSON).entity(problem);
        if (status == 401) {
            rb.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (code == CoreError.DATABASE_BUSY) {
            rb.header(HttpHeaders.RETRY_AFTER, DATABASE_BUSY_RETRY_SECONDS);
        }
        return rb.build();
    }

    private static LocalizedText fallback(ErrorCode code) {
        return code instanceof RestError r ? r.text() : null;
    }

    private static LocalizedText fieldFallback(String code) {
        for (FieldCode f : FieldCode.values()) {
            if (f.name().equals(code)) {
                return f.text();
            }
        }
        return null;
    }

    /** The catalogue's text, else the built-in one, else the code itself; never throws. */
    private String text(String key, Locale locale, List<Object> args, LocalizedText fallback) {
        Object[] a = args.toArray();
        MessageCatalog catalog = this.catalog.get();
        try {
            if (catalog != null && catalog.has(key)) {
                return catalog.message(key, locale, a);
            }
        } catch (RuntimeException e) {
            LOG.warn("Message catalogue failed for {}", key, e);
        }
        if (fallback != null) {
            try {
                return new MessageFormat(fallback.in(locale), locale).format(a);
            } catch (IllegalArgumentException e) {
                return fallback.in(locale);
            }
        }
        try {
            return catalog == null ? key : catalog.message(key, locale, a);
        } catch (RuntimeException e) {
            return key;
        }
    }
}
