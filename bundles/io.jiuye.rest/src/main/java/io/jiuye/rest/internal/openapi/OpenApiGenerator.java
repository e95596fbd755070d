package io.jiuye.rest.internal.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jiuye.api.CoreError;
import io.jiuye.api.ErrorCode;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.rest.internal.json.ObjectMapperResolver;
import io.jiuye.rest.internal.problem.Problem;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.FieldCode;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.RestError;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the OpenAPI 3.0 document of a set of resource classes from their JAX-RS annotations, their Java types and
 * the {@link ApiOperation}/{@link ApiTag} annotations: every operation with its parameters, request body, success
 * responses and error statuses (each an {@code application/problem+json} {@code Problem}), the schemas of every type
 * involved, and the error codes under {@code x-error-codes}. A method without {@link ApiOperation} is still listed,
 * marked {@code x-undocumented}.
 */
public final class OpenApiGenerator {
    /** The vendor extension marking an operation that lacks its {@link ApiOperation}. */
    public static final String UNDOCUMENTED = "x-undocumented";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*([^}]*))?}");
    private static final Pattern WORD_ALTERNATIVES = Pattern.compile("[\\w-]+(\\|[\\w-]+)*");
    private static final Set<String> TRANSPORT_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.ACCEPT_LANGUAGE.toLowerCase(Locale.ROOT));
    private static final String DESCRIPTION = "The HTTP API of Jiuye (就业手续). JSON in camelCase; instants ISO-8601 "
            + "(UTC, `Z`); null fields are left out. Every endpoint except login, health, registration and this "
            + "document needs `Authorization: Bearer <token>` from `POST /sessions`. Errors are "
            + "`application/problem+json` (schema `Problem`) with a stable `code` (listed under `x-error-codes`) and "
            + "a `message` in the request's language: Chinese by default, English with `Accept-Language: en`. Lists "
            + "are paged by cursor: `?limit=50&cursor=…&count=true` → `{items, nextCursor, total}`. Mutable records "
            + "carry a `version`; actions send it back (body or `If-Match`) and get 409 VERSION_CONFLICT when it "
            + "moved on. Generated from the resources this node serves.";

    private final MessageCatalog messages;
    private final ObjectMapper mapper = ObjectMapperResolver.create();
    private final Schemas schemas = new Schemas(mapper);
    private final Map<String, ErrorCode> errorCodes = new TreeMap<>();
    private final Map<String, String> tags = new TreeMap<>();
    private final Set<Integer> errorStatuses = new TreeSet<>();

    /** @param messages the catalogue the error codes' descriptions come from; {@code null} for the built-in ones */
    public OpenApiGenerator(MessageCatalog messages) {
        this.messages = messages;
        List.of(CoreError.values()).forEach(this::addErrorCode);
        List.of(RestError.values()).forEach(this::addErrorCode);
    }

    private void addErrorCode(ErrorCode code) {
        errorCodes.putIfAbsent(code.code(), code);
    }

    /** The document as JSON bytes. */
    public byte[] document(List<Class<?>> resources) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(build(resources));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI document not writable", e);
        }
    }

    /** The document of these resource classes. */
    public ObjectNode build(List<Class<?>> resources) {
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Class<?> resource : resources) {
            addResource(resource, paths);
        }
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info").put("title", "Jiuye API").put("version", "1").put("description", DESCRIPTION);
        root.putArray("servers").addObject().put("url", Api.BASE);
        root.putArray("security").addObject().putArray("bearer");
        ArrayNode tagList = root.putArray("tags");
        tags.forEach((name, description) -> {
            ObjectNode t = tagList.addObject().put("name", name);
            if (!description.isEmpty()) {
                t.put("description", description);
            }
        });
        ObjectNode pathsNode = root.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "Opaque token from POST /sessions");
        ObjectNode parameters = components.putObject("parameters");
        parameters.putObject("AcceptLanguage").put("name", HttpHeaders.ACCEPT_LANGUAGE).put("in", "header")
                .put("required", false).put("description", "`en` for English messages; Chinese otherwise")
                .putObject("schema").put("type", "string");
        ObjectNode responses = components.putObject("responses");
        for (int status : errorStatuses) {
            responses.set(errorResponseName(status), errorResponse(status));
        }
        schemas.of(Problem.class);
        ObjectNode schemaNode = components.putObject("schemas");
        schemas.components().forEach(schemaNode::set);
        ObjectNode codes = root.putObject("x-error-codes");
        errorCodes.values().stream().sorted(Comparator.comparingInt(ErrorCode::status)
                .thenComparing(ErrorCode::code)).forEach(c -> codes.putObject(c.code()).put("status", c.status())
                        .put("description", describe(c)));
        ObjectNode fieldCodes = root.putObject("x-field-error-codes");
        for (FieldCode f : FieldCode.values()) {
            fieldCodes.putObject(f.name()).put("description", f.text().in(Locale.ENGLISH));
        }
        return root;
    }

    private void addResource(Class<?> resource, Map<String, ObjectNode> paths) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return;
        }
        ApiTag tag = resource.getAnnotation(ApiTag.class);
        if (tag != null) {
            tags.merge(tag.value(), tag.description(), (a, b) -> a.isEmpty() ? b : a);
            for (Class<? extends ErrorCode> codes : tag.errorCodes()) {
                ErrorCode[] constants = codes.getEnumConstants();
                if (constants != null) {
                    List.of(constants).forEach(this::addErrorCode);
                }
            }
        }
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            String template = normalize(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
            String relative = template.startsWith(Api.BASE + "/") ? template.substring(Api.BASE.length())
                    : template;
            String path = TEMPLATE.matcher(relative).replaceAll("{$1}");
            ObjectNode operation = operation(resource, m, template, tag);
            paths.computeIfAbsent(path, p -> NODES.objectNode()).set(verb.toLowerCase(Locale.ROOT), operation);
        }
    }

    private ObjectNode operation(Class<?> resource, Method m, String template, ApiTag tag) {
        ApiOperation doc = m.getAnnotation(ApiOperation.class);
        boolean isPublic = m.isAnnotationPresent(Public.class);
        ObjectNode op = NODES.objectNode();
        if (doc != null) {
            op.put("operationId", doc.id()).put("summary", doc.summary());
            if (!doc.description().isEmpty()) {
                op.put("description", doc.description());
            }
        } else {
            op.put("operationId", lowerFirst(resource.getSimpleName()) + "_" + m.getName())
                    .put("summary", m.getName()).put(UNDOCUMENTED, true);
        }
        String tagName = doc != null && !doc.tag().isEmpty() ? doc.tag()
                : tag != null ? tag.value() : firstSegment(template);
        tags.putIfAbsent(tagName, "");
        op.putArray("tags").add(tagName);
        if (isPublic) {
            op.putArray("security");
        }
        ArrayNode parameters = op.putArray("parameters");
        Map<String, String> regexes = templateRegexes(template);
        Type body = null;
        Parameter bodyParameter = null;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class) || p.isAnnotationPresent(Suspended.class)) {
                continue;
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getDeclaredFields()) {
                    addParameter(parameters, f, f.getGenericType(), regexes);
                }
                continue;
            }
            if (!addParameter(parameters, p, p.getParameterizedType(), regexes)) {
                body = p.getParameterizedType();
                bodyParameter = p;
            }
        }
        parameters.addObject().put("$ref", "#/components/parameters/AcceptLanguage");
        if (body != null) {
            ObjectNode requestBody = op.putObject("requestBody").put("required", true);
            ObjectNode content = requestBody.putObject("content");
            for (String type : mediaTypes(m, resource, Consumes.class, bodyParameter)) {
                content.putObject(type).set("schema", schemas.ofEntity(body));
            }
        }
        ObjectNode responses = op.putObject("responses");
        List<String> produces = mediaTypes(m, resource, Produces.class, null);
        if (doc != null && doc.responses().length > 0) {
            for (ApiResponse r : doc.responses()) {
                ObjectNode response = responses.putObject(String.valueOf(r.status())).put("description",
                        r.description());
                if (r.type() != Void.class) {
                    ObjectNode content = response.putObject("content");
                    for (String type : produces) {
                        content.putObject(type).set("schema", schemas.ofEntity(r.type()));
                    }
                }
            }
        } else if (m.getReturnType() == void.class) {
            responses.putObject("204").put("description", doc != null && !doc.returns().isEmpty() ? doc.returns()
                    : "Done");
        } else {
            ObjectNode response = responses.putObject("200").put("description",
                    doc != null && !doc.returns().isEmpty() ? doc.returns() : "OK");
            if (m.getReturnType() != Response.class) {
                ObjectNode content = response.putObject("content");
                for (String type : produces) {
                    content.putObject(type).set("schema", schemas.ofEntity(m.getGenericReturnType()));
                }
            }
        }
        Set<Integer> errors = new TreeSet<>();
        if (doc != null) {
            Arrays.stream(doc.errors()).forEach(errors::add);
        }
        if (!isPublic) {
            errors.add(401);
            // the token check reads the database: SERVICE_UNAVAILABLE while starting, DATABASE_BUSY under overload
            errors.add(503);
        }
        errors.add(500);
        for (int status : errors) {
            errorStatuses.add(status);
            responses.putObject(String.valueOf(status)).put("$ref", "#/components/responses/"
                    + errorResponseName(status));
        }
        return op;
    }

    /** Adds a path, query or header parameter; {@code false} when the element is none of them (the body). */
    private boolean addParameter(ArrayNode parameters, AnnotatedElement e, Type type, Map<String, String> regexes) {
        String in;
        String name;
        PathParam p = e.getAnnotation(PathParam.class);
        QueryParam q = e.getAnnotation(QueryParam.class);
        HeaderParam h = e.getAnnotation(HeaderParam.class);
        if (p != null) {
            in = "path";
            name = p.value();
        } else if (q != null) {
            in = "query";
            name = q.value();
        } else if (h != null) {
            if (TRANSPORT_HEADERS.contains(h.value().toLowerCase(Locale.ROOT))) {
                return true;
            }
            in = "header";
            name = h.value();
        } else if (e.isAnnotationPresent(CookieParam.class) || e.isAnnotationPresent(MatrixParam.class)
                || e.isAnnotationPresent(FormParam.class)) {
            return true;
        } else {
            return !(e instanceof Parameter);
        }
        ObjectNode parameter = parameters.addObject().put("name", name).put("in", in).put("required",
                in.equals("path"));
        ApiParam doc = e.getAnnotation(ApiParam.class);
        ObjectNode schema = schemas.of(doc != null && doc.type() != String.class ? doc.type() : type);
        if (doc != null && doc.allowed().length > 0) {
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(doc.allowed()).forEach(values::add);
        }
        if (doc != null && !doc.description().isEmpty()) {
            parameter.put("description", doc.description());
        }
        String regex = regexes.get(name);
        if (in.equals("path") && regex != null) {
            if (WORD_ALTERNATIVES.matcher(regex).matches()) {
                ArrayNode values = schema.putArray("enum");
                Arrays.stream(regex.split("\\|")).forEach(values::add);
            } else {
                schema.put("pattern", "^(" + regex + ")$");
            }
        }
        parameter.set("schema", schema);
        return true;
    }

    private static List<String> mediaTypes(Method m, Class<?> resource, Class<? extends Annotation> kind,
            Parameter body) {
        String[] types = null;
        Annotation a = m.getAnnotation(kind);
        if (a == null) {
            a = resource.getAnnotation(kind);
        }
        if (a instanceof Consumes c) {
            types = c.value();
        } else if (a instanceof Produces p) {
            types = p.value();
        }
        List<String> result = new ArrayList<>();
        if (types != null) {
            for (String t : types) {
                for (String part : t.split(",")) {
                    result.add(part.trim());
                }
            }
        }
        if (result.isEmpty()) {
            result.add(body != null && body.getType() == java.io.InputStream.class ? MediaType.WILDCARD
                    : MediaType.APPLICATION_JSON);
        }
        return result;
    }

    private ObjectNode errorResponse(int status) {
        List<String> codes = errorCodes.values().stream().filter(c -> c.status() == status).map(ErrorCode::code)
                .sorted().toList();
        ObjectNode r = NODES.objectNode().put("description", "Problem; `code` one of "
                + (codes.isEmpty() ? "(none listed)" : String.join(", ", codes)));
        r.putObject("content").putObject(Api.PROBLEM_JSON).set("schema", Schemas.ref("Problem"));
        return r;
    }

    static String errorResponseName(int status) {
        return "Problem" + status;
    }

    private String describe(ErrorCode code) {
        String key = "error." + code.code();
        try {
            if (messages != null && messages.has(key)) {
                return messages.message(key, Locale.ENGLISH);
            }
        } catch (RuntimeException e) {
            // fall back below
        }
        if (code instanceof RestError r) {
            return r.text().in(Locale.ENGLISH);
        }
        return code.code();
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    /** Collapses slashes and drops a trailing one; templates keep their regexes. */
    public static String normalize(String path) {
        String p = path.replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    private static Map<String, String> templateRegexes(String template) {
        Map<String, String> regexes = new LinkedHashMap<>();
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            if (m.group(2) != null) {
                regexes.put(m.group(1), m.group(2).trim());
            }
        }
        return regexes;
    }

    private static String firstSegment(String template) {
        String rest = template.startsWith(Api.BASE + "/") ? template.substring(Api.BASE.length() + 1) : template;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
