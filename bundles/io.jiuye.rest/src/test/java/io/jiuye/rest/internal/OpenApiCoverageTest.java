package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jiuye.api.CoreError;
import io.jiuye.api.ErrorCode;
import io.jiuye.rest.internal.json.ObjectMapperResolver;
import io.jiuye.rest.internal.openapi.OpenApiGenerator;
import io.jiuye.rest.internal.resource.HealthResource;
import io.jiuye.rest.internal.resource.OpenApiResource;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.RestError;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI document describes the API that is really served, checked against the resource classes by
 * reflection independently of the generator: every resource method of every resource component of the bundle appears
 * with its method, path, path/query/header parameters, request body and success schema, documented (with an
 * {@link ApiOperation}), with its error statuses; every {@code $ref} resolves; every record's properties are in its
 * schema; every error code is listed. {@link #theCheckCanFail()} shows that each check catches what it is for.
 */
class OpenApiCoverageTest {
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options");
    private static final ObjectMapper JSON = ObjectMapperResolver.create();
    private static List<Class<?>> resources;
    private static JsonNode doc;

    @BeforeAll
    static void generate() throws Exception {
        resources = new ArrayList<>(List.of(HealthResource.class, OpenApiResource.class));
        resources.addAll(ResourceComponents.classes());
        doc = JSON.readTree(new OpenApiGenerator(null).document(resources));
    }

    /** "METHOD /path" of every resource method, paths relative to the base path, templates without regexes. */
    static Set<String> implemented(List<Class<?>> resourceClasses) {
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

    static String path(Class<?> c, Method m) {
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

    static String normalize(String path) {
        Matcher regex = TEMPLATE_REGEX.matcher(path);
        String p = regex.replaceAll("{$1}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    static Set<String> documented(JsonNode document) {
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
    static List<String> operationProblems(JsonNode document, List<Class<?>> resourceClasses) {
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
    static List<String> schemaProblems(JsonNode document, String where, Type type, JsonNode schema) {
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

    private static JsonNode resolve(JsonNode document, String ref) {
        JsonNode n = document;
        for (String part : ref.substring(2).split("/")) {
            n = n.get(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    @Test
    void everyEndpointIsDocumented() {
        Set<String> missing = new TreeSet<>(implemented(resources));
        missing.removeAll(documented(doc));
        assertEquals(Set.of(), missing, "endpoints missing from the document");
        assertTrue(implemented(resources).size() > 70, "the bundle's resources were found");
    }

    @Test
    void everyDocumentedEndpointExists() {
        Set<String> extra = new TreeSet<>(documented(doc));
        extra.removeAll(implemented(resources));
        assertEquals(Set.of(), extra, "the document lists endpoints that are not served");
    }

    @Test
    void everyOperationIsCompleteAndRight() {
        assertEquals(List.of(), operationProblems(doc, resources));
    }

    @Test
    void parametersParsedFromTextAreDocumentedWithTheirType() {
        JsonNode list = doc.get("paths").get("/review-items").get("get");
        Map<String, String> types = new java.util.TreeMap<>();
        for (JsonNode p : list.get("parameters")) {
            if (p.has("name")) {
                types.put(p.get("name").asText(), p.get("schema").path("type").asText()
                        + p.get("schema").path("enum"));
            }
        }
        assertEquals(Map.of("limit", "integer", "cursor", "string", "count", "boolean",
                "filter", "string[\"waiting\",\"submitted\"]"), types);
    }

    @Test
    void operationIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        doc.get("paths").forEach(path -> path.forEach(op -> {
            if (!ids.add(op.get("operationId").asText())) {
                duplicates.add(op.get("operationId").asText());
            }
        }));
        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyErrorCodeIsListed() {
        JsonNode codes = doc.get("x-error-codes");
        List<String> missing = new ArrayList<>();
        List<ErrorCode> all = new ArrayList<>(List.of(CoreError.values()));
        all.addAll(List.of(RestError.values()));
        all.addAll(List.of(io.jiuye.api.document.DocumentError.values()));
        for (ErrorCode e : all) {
            if (!codes.has(e.code()) || codes.get(e.code()).get("status").asInt() != e.status()) {
                missing.add(e.code());
            }
        }
        assertEquals(List.of(), missing, "error codes missing from x-error-codes (or with another status)");
        assertTrue(doc.get("components").get("schemas").get("Problem").get("properties").has("code"));
    }

    /** A resource nobody documented, with a response record whose schema a test breaks. */
    @Path(Api.BASE + "/undocumented")
    public static final class Undocumented {
        /** Its answer. */
        public record Thing(String name, long size) {
        }

        @jakarta.ws.rs.GET
        @Path("{id: [0-9]+}")
        public Thing get(@PathParam("id") String id, @QueryParam("q") String q) {
            return new Thing(id, 0);
        }
    }

    @Test
    void theCheckCanFail() throws Exception {
        List<Class<?>> one = List.of(Undocumented.class);
        assertEquals(Set.of("GET /undocumented/{id}"), implemented(one));
        assertFalse(documented(doc).containsAll(implemented(one)), "a missing endpoint is noticed");
        assertTrue(operationProblems(doc, one).contains("GET /undocumented/{id}: missing"));

        ObjectNode generated = (ObjectNode) JSON.readTree(new OpenApiGenerator(null).document(one));
        assertEquals(List.of("GET /undocumented/{id}: no @ApiOperation"), operationProblems(generated, one),
                "an operation without @ApiOperation is noticed");

        ObjectNode op = (ObjectNode) generated.get("paths").get("/undocumented/{id}").get("get");
        ((com.fasterxml.jackson.databind.node.ArrayNode) op.get("parameters")).remove(1); // the query parameter
        ((ObjectNode) generated.get("components").get("schemas").get("UndocumentedThing") == null
                ? (ObjectNode) generated.get("components").get("schemas").get("Thing")
                : (ObjectNode) generated.get("components").get("schemas").get("UndocumentedThing"))
                .with("properties").remove("size");
        op.with("responses").remove("401");
        List<String> problems = operationProblems(generated, one);
        assertTrue(problems.stream().anyMatch(p -> p.contains("parameters [path id] instead of")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Thing.size missing")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not declare 401")), problems::toString);
    }
}
