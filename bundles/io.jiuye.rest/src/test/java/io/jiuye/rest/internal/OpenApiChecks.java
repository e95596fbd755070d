package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.rest.internal.json.ObjectMapperResolver;
import io.jiuye.rest.internal.openapi.OpenApiGenerator;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.Public;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of a generated OpenAPI document against resource classes, by reflection and independently of the generator:
 * every resource method appears with its method, path, path/query/header parameters, request body and success
 * schema, documented (with an {@link ApiOperation}), with its error statuses; every {@code $ref} resolves; every
 * record's properties are in its schema, and its {@code required} list names exactly its primitive components (never
 * null, so always written and always to be sent). The REST bundle's {@code OpenApiCoverageTest} runs them over its own
 * resources, a module bundle over its own (from the test jar), and each check is shown to fail where it should.
 */
public final class OpenApiChecks {
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options");
    private static final ObjectMapper JSON = ObjectMapperResolver.create();

    private OpenApiChecks() {
    }

    /** The document the generator writes for these resource classes. */
    public static JsonNode document(List<Class<?>> resourceClasses) {
        try {
            return JSON.readTree(new OpenApiGenerator(null).document(resourceClasses));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "METHOD /path" of every resource method, paths relative to the base path, templates without regexes. */
    public static Set<String> implemented(List<Class<?>> resourceClasses) {
        Set<String> ops = new TreeSet<>();
        for (Class<?> c : resourceClasses) {
            for (Method m : c.getMethods()) {
                if (httpMethod(m) != null) {
                    ops.add(httpMethod(m) + " " + path(c, m));
                }
            }
        }
        return ops;
    }

    public static String path(Class<?> c, Method m) {
        Path classPath = c.getAnnotation(Path.class);
        assertTrue(classPath != null, c + " has no @Path");
        Path methodPath = m.getAnnotation(Path.class);
        String path = normalize(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
        assertTrue(path.startsWith(Api.BASE + "/"), path + " is not under " + Api.BASE);
        return path.substring(Api.BASE.length());
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

    public static String normalize(String path) {
        Matcher regex = TEMPLATE_REGEX.matcher(path);
        String p = regex.replaceAll("{$1}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    public static Set<String> documented(JsonNode document) {
        Set<String> ops = new TreeSet<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            for (Iterator<String> verbs = document.get("paths").get(path).fieldNames(); verbs.hasNext();) {
                String verb = verbs.next();
                if (HTTP_METHODS.contains(verb)) {
                    ops.add(verb.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return ops;
    }

    /** What is wrong with the operations of these resources in the document; empty when all is well. */
    public static List<String> operationProblems(JsonNode document, List<Class<?>> resourceClasses) {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : resourceClasses) {
            for (Method m : c.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                String where = verb + " " + path(c, m);
                JsonNode op = document.get("paths").path(path(c, m)).get(verb.toLowerCase(Locale.ROOT));
                if (op == null) {
                    problems.add(where + ": missing");
                    continue;
                }
                if (m.getAnnotation(ApiOperation.class) == null || op.has(OpenApiGenerator.UNDOCUMENTED)) {
                    problems.add(where + ": no @ApiOperation");
                }
                problems.addAll(parameterProblems(document, where, m, op));
                problems.addAll(bodyProblems(document, where, m, op));
                problems.addAll(responseProblems(document, where, m, op));
            }
        }
        return problems;
    }

    private static List<String> parameterProblems(JsonNode document, String where, Method m, JsonNode op) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getDeclaredFields()) {
                    if (f.getAnnotation(QueryParam.class) != null) {
                        expected.add("query " + f.getAnnotation(QueryParam.class).value());
                    }
                }
            }
            if (p.getAnnotation(PathParam.class) != null) {
                expected.add("path " + p.getAnnotation(PathParam.class).value());
            }
            if (p.getAnnotation(QueryParam.class) != null) {
                expected.add("query " + p.getAnnotation(QueryParam.class).value());
            }
            HeaderParam h = p.getAnnotation(HeaderParam.class);
            if (h != null && !Set.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
                    HttpHeaders.ACCEPT_LANGUAGE).contains(h.value())) {
                expected.add("header " + h.value());
            }
        }
        Matcher template = Pattern.compile("\\{(\\w+)}").matcher(where);
        while (template.find()) {
            expected.add("path " + template.group(1));
        }
        Set<String> declared = new TreeSet<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = p.has("$ref") ? resolve(document, p.get("$ref").asText()) : p;
            if (param == null) {
                problems.add(where + ": unresolved " + p);
                continue;
            }
            if (!param.get("name").asText().equals(HttpHeaders.ACCEPT_LANGUAGE)) {
                declared.add(param.get("in").asText() + " " + param.get("name").asText());
            }
            if (!param.has("schema")) {
                problems.add(where + ": parameter " + param.get("name") + " has no schema");
            }
        }
        if (!expected.equals(declared)) {
            problems.add(where + ": parameters " + declared + " instead of " + expected);
        }
        return problems;
    }

    private static List<String> bodyProblems(JsonNode document, String where, Method m, JsonNode op) {
        List<String> problems = new ArrayList<>();
        Type body = null;
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotations().length == 0) {
                body = p.getParameterizedType();
            }
        }
        if (body == null) {
            if (op.has("requestBody")) {
                problems.add(where + ": documents a body it does not read");
            }
            return problems;
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            problems.add(where + ": request body missing");
            return problems;
        }
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes != null) {
            for (String type : consumes.value()) {
                if (!content.has(type)) {
                    problems.add(where + ": request body lacks " + type);
                }
            }
        }
        problems.addAll(schemaProblems(document, where + " request", body, content.elements().next().get(
                "schema")));
        if (content.has(MediaType.APPLICATION_JSON) && !op.path("responses").has("400")) {
            problems.add(where + ": reads JSON but does not declare 400");
        }
        return problems;
    }

    private static List<String> responseProblems(JsonNode document, String where, Method m, JsonNode op) {
        List<String> problems = new ArrayList<>();
        JsonNode responses = op.path("responses");
        ApiOperation doc = m.getAnnotation(ApiOperation.class);
        if (m.getReturnType() == Response.class) {
            if (doc == null || doc.responses().length == 0) {
                problems.add(where + ": returns a Response without @ApiResponse");
            } else {
                for (ApiResponse r : doc.responses()) {
                    JsonNode documented = responses.get(String.valueOf(r.status()));
                    if (documented == null) {
                        problems.add(where + ": response " + r.status() + " missing");
                    } else if (r.type() != Void.class) {
                        problems.addAll(schemaProblems(document, where + " " + r.status(), r.type(),
                                documented.path("content").elements().next().get("schema")));
                    }
                }
            }
        } else if (m.getReturnType() == void.class) {
            if (!responses.has("204")) {
                problems.add(where + ": 204 missing");
            }
        } else {
            JsonNode ok = responses.path("200").path("content");
            if (ok.isEmpty()) {
                problems.add(where + ": 200 has no content");
            } else {
                problems.addAll(schemaProblems(document, where + " 200", m.getGenericReturnType(),
                        ok.elements().next().get("schema")));
            }
        }
        if (!m.isAnnotationPresent(Public.class) && !responses.has("401")) {
            problems.add(where + ": needs a token but does not declare 401");
        }
        if (!m.isAnnotationPresent(Public.class) && !responses.has("503")) {
            problems.add(where + ": needs a token (a database read) but does not declare 503");
        }
        responses.fields().forEachRemaining(e -> {
            JsonNode r = e.getValue().has("$ref") ? resolve(document, e.getValue().get("$ref").asText())
                    : e.getValue();
            if (r == null || !r.has("description")) {
                problems.add(where + ": response " + e.getKey() + " unresolved or without description");
            } else if (e.getKey().startsWith("4") || e.getKey().startsWith("5") && !e.getKey().equals("503")
                    || e.getKey().equals("503") && r.path("content").has(Api.PROBLEM_JSON)) {
                if (!r.path("content").path(Api.PROBLEM_JSON).path("schema").path("$ref").asText()
                        .endsWith("/Problem")) {
                    problems.add(where + ": error " + e.getKey() + " is not a Problem");
                }
            }
        });
        return problems;
    }

    /** Whether a schema fits a Java type: records and their properties, lists, maps, scalars. */
    public static List<String> schemaProblems(JsonNode document, String where, Type type, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        checkSchema(document, where, JSON.getTypeFactory().constructType(type), schema, problems, new HashSet<>());
        return problems;
    }

    private static void checkSchema(JsonNode document, String where, com.fasterxml.jackson.databind.JavaType type,
            JsonNode schema, List<String> problems, Set<String> seen) {
        if (schema == null) {
            problems.add(where + ": no schema");
            return;
        }
        JsonNode s = schema.has("$ref") ? resolve(document, schema.get("$ref").asText()) : schema;
        if (s == null) {
            problems.add(where + ": unresolved " + schema.get("$ref"));
            return;
        }
        Class<?> raw = type.getRawClass();
        if (raw == byte[].class) {
            return;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            if (!"array".equals(s.path("type").asText())) {
                problems.add(where + ": " + type + " is not an array");
            } else {
                checkSchema(document, where + "[]", type.getContentType(), s.get("items"), problems, seen);
            }
            return;
        }
        if (raw.isRecord()) {
            if (schema.has("$ref") && !seen.add(schema.get("$ref").asText())) {
                return;
            }
            JsonNode properties = s.path("properties");
            Set<String> required = new TreeSet<>();
            Set<String> declared = new TreeSet<>();
            s.path("required").forEach(n -> declared.add(n.asText()));
            for (RecordComponent rc : raw.getRecordComponents()) {
                if (rc.getType().isPrimitive()) {
                    required.add(rc.getName());
                }
            }
            if (!required.equals(declared)) {
                problems.add(where + ": " + raw.getSimpleName() + " required " + declared + " instead of "
                        + required + " (the primitive components, always present)");
            }
            for (RecordComponent rc : raw.getRecordComponents()) {
                if (!properties.has(rc.getName())) {
                    problems.add(where + ": " + raw.getSimpleName() + "." + rc.getName() + " missing");
                } else {
                    checkSchema(document, where + "." + rc.getName(), type.getBindings().size() > 0
                            ? JSON.getTypeFactory().constructType(rc.getGenericType(), type.getBindings())
                            : JSON.getTypeFactory().constructType(rc.getGenericType()),
                            properties.get(rc.getName()), problems, seen);
                }
            }
            return;
        }
        if (raw == String.class && !"string".equals(s.path("type").asText())) {
            problems.add(where + ": not a string");
        }
        if ((raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class)
                && !"integer".equals(s.path("type").asText())) {
            problems.add(where + ": not an integer");
        }
        if (raw.isEnum() && !s.has("enum")) {
            problems.add(where + ": enum values missing");
        }
    }

    static JsonNode resolve(JsonNode document, String ref) {
        JsonNode n = document;
        for (String part : ref.substring(2).split("/")) {
            n = n.get(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
