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
import io.jiuye.rest.resource.RestError;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI document describes the API that is really served, checked by {@link OpenApiChecks} against
 * every resource component of this bundle: every resource method appears with its method, path, path/query/header
 * parameters, request body and success schema, documented (with an {@link ApiOperation}), with its error statuses;
 * every {@code $ref} resolves; every record's properties are in its schema; every error code is listed.
 * {@link #theCheckCanFail()} shows that each check catches what it is for. Module bundles run the same checks over
 * their own resources (the test jar), and {@code RestWhiteboardIT} checks the served document of the whole
 * distribution against the resources registered there.
 */
class OpenApiCoverageTest {
    private static final ObjectMapper JSON = ObjectMapperResolver.create();
    private static List<Class<?>> resources;
    private static JsonNode doc;

    @BeforeAll
    static void generate() throws Exception {
        resources = new ArrayList<>(List.of(HealthResource.class, OpenApiResource.class));
        resources.addAll(ResourceComponents.classes());
        doc = OpenApiChecks.document(resources);
    }

    @Test
    void everyEndpointIsDocumented() {
        Set<String> missing = new TreeSet<>(OpenApiChecks.implemented(resources));
        missing.removeAll(OpenApiChecks.documented(doc));
        assertEquals(Set.of(), missing, "endpoints missing from the document");
        assertTrue(OpenApiChecks.implemented(resources).size() > 30, "the bundle's resources were found");
    }

    @Test
    void everyDocumentedEndpointExists() {
        Set<String> extra = new TreeSet<>(OpenApiChecks.documented(doc));
        extra.removeAll(OpenApiChecks.implemented(resources));
        assertEquals(Set.of(), extra, "the document lists endpoints that are not served");
    }

    @Test
    void everyOperationIsCompleteAndRight() {
        assertEquals(List.of(), OpenApiChecks.operationProblems(doc, resources));
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
    void requiredListsNameThePropertiesAlwaysPresent() {
        JsonNode schemas = doc.get("components").get("schemas");
        assertEquals("[\"status\"]", schemas.get("Problem").get("required").toString());
        List<String> withRequired = new ArrayList<>();
        schemas.fields().forEachRemaining(e -> {
            if (e.getValue().has("required")) {
                withRequired.add(e.getKey());
            }
        });
        assertTrue(withRequired.size() > 10, "records with primitive components: " + withRequired);
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
        assertEquals(Set.of("GET /undocumented/{id}"), OpenApiChecks.implemented(one));
        assertFalse(OpenApiChecks.documented(doc).containsAll(OpenApiChecks.implemented(one)),
                "a missing endpoint is noticed");
        assertTrue(OpenApiChecks.operationProblems(doc, one).contains("GET /undocumented/{id}: missing"));

        ObjectNode generated = (ObjectNode) JSON.readTree(new OpenApiGenerator(null).document(one));
        assertEquals(List.of("GET /undocumented/{id}: no @ApiOperation"),
                OpenApiChecks.operationProblems(generated, one),
                "an operation without @ApiOperation is noticed");

        ObjectNode op = (ObjectNode) generated.get("paths").get("/undocumented/{id}").get("get");
        ((com.fasterxml.jackson.databind.node.ArrayNode) op.get("parameters")).remove(1); // the query parameter
        JsonNode schemas = generated.get("components").get("schemas");
        ObjectNode thing = (ObjectNode) (schemas.has("UndocumentedThing") ? schemas.get("UndocumentedThing")
                : schemas.get("Thing"));
        assertEquals("[\"size\"]", thing.get("required").toString(), "a primitive is always present");
        thing.with("properties").remove("size");
        thing.remove("required");
        op.with("responses").remove("401");
        op.with("responses").remove("503");
        List<String> problems = OpenApiChecks.operationProblems(generated, one);
        assertTrue(problems.stream().anyMatch(p -> p.contains("parameters [path id] instead of")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Thing.size missing")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Thing required [] instead of [size]")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not declare 401")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not declare 503")), problems::toString);
    }
}
