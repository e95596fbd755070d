package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.api.CoreError;
import io.jiuye.rest.internal.resource.OpenApiResource;
import io.jiuye.rest.internal.problem.RestError;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes the API that is really served: every resource method of every resource the
 * application registers appears in it with the same method and path (and nothing else does), and every error code
 * is listed.
 */
class OpenApiCoverageTest {
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options");
    private static JsonNode doc;

    @BeforeAll
    static void read() throws Exception {
        doc = new ObjectMapper().readTree(OpenApiResource.load());
    }

    /** "METHOD /path" of every resource method, paths relative to the base path, templates without regexes. */
    static Set<String> implemented(List<Class<?>> resourceClasses) {
        Set<String> ops = new TreeSet<>();
        for (Class<?> c : resourceClasses) {
            Path classPath = c.getAnnotation(Path.class);
            assertTrue(classPath != null, c + " has no @Path");
            for (Method m : c.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String path = normalize(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                assertTrue(path.startsWith(Api.BASE + "/"), path + " is not under " + Api.BASE);
                ops.add(verb + " " + path.substring(Api.BASE.length()));
            }
        }
        return ops;
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

    static Set<String> documented() {
        Set<String> ops = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            for (Iterator<String> verbs = doc.get("paths").get(path).fieldNames(); verbs.hasNext();) {
                String verb = verbs.next();
                if (HTTP_METHODS.contains(verb)) {
                    ops.add(verb.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return ops;
    }

    @Test
    void everyEndpointIsDocumented() {
        Set<String> missing = new TreeSet<>(implemented(RestApplication.resourceClasses()));
        missing.removeAll(documented());
        assertEquals(Set.of(), missing, "endpoints missing from openapi.json");
    }

    @Test
    void everyDocumentedEndpointExists() {
        Set<String> extra = new TreeSet<>(documented());
        extra.removeAll(implemented(RestApplication.resourceClasses()));
        assertEquals(Set.of(), extra, "openapi.json documents endpoints that are not served");
    }

    @Test
    void theCheckCanFail() {
        /** A resource that nobody documented. */
        @Path(Api.BASE + "/undocumented")
        class Undocumented {
            @jakarta.ws.rs.GET
            @Path("{id: [0-9]+}")
            public String get() {
                return "";
            }
        }
        Set<String> ops = implemented(List.of(Undocumented.class));
        assertEquals(Set.of("GET /undocumented/{id}"), ops);
        assertTrue(!documented().containsAll(ops));
    }

    @Test
    void theServerRegistersExactlyTheCheckedResources() {
        List<Class<?>> registered = new ArrayList<>();
        RestApplication.create(FakeServices.create()).getInstances().stream()
                .filter(o -> o.getClass().isAnnotationPresent(Path.class)).forEach(o -> registered.add(o.getClass()));
        assertEquals(Set.copyOf(RestApplication.resourceClasses()), Set.copyOf(registered));
    }

    @Test
    void operationsArePlausible() {
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            doc.get("paths").get(path).fields().forEachRemaining(e -> {
                JsonNode op = e.getValue();
                assertTrue(op.hasNonNull("operationId"), e.getKey() + " " + path + " has no operationId");
                assertTrue(op.get("responses").size() > 0, e.getKey() + " " + path + " has no responses");
                for (String name : templateNames(path)) {
                    boolean declared = false;
                    for (JsonNode p : op.withArray("parameters")) {
                        JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                        declared |= "path".equals(param.get("in").asText()) && name.equals(param.get("name").asText());
                    }
                    assertTrue(declared, e.getKey() + " " + path + " does not declare path parameter " + name);
                }
            });
        }
    }

    @Test
    void everyErrorCodeIsListed() {
        JsonNode codes = doc.get("x-error-codes");
        List<String> missing = new ArrayList<>();
        for (CoreError e : CoreError.values()) {
            if (!codes.has(e.code()) || codes.get(e.code()).get("status").asInt() != e.status()) {
                missing.add(e.code());
            }
        }
        for (RestError e : RestError.values()) {
            if (!codes.has(e.code()) || codes.get(e.code()).get("status").asInt() != e.status()) {
                missing.add(e.code());
            }
        }
        assertEquals(List.of(), missing, "error codes missing from x-error-codes (or with another status)");
        assertTrue(doc.get("components").get("schemas").has("Problem"));
    }

    private static List<String> templateNames(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static JsonNode resolve(String ref) {
        JsonNode n = doc;
        for (String part : ref.substring(2).split("/")) {
            n = n.get(part);
        }
        return n;
    }
}
