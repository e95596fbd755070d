package io.jiuye.employers.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.rest.internal.OpenApiChecks;
import io.jiuye.rest.internal.ResourceComponents;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The employers module's endpoints are all in the OpenAPI document, complete and right, by the same checks the REST
 * bundle runs over its own resources ({@link OpenApiChecks}).
 */
class EmployerOpenApiTest {
    private final List<Class<?>> resources = ResourceComponents.classes();
    private final JsonNode doc = OpenApiChecks.document(resources);

    @Test
    void theModulesResourceComponentsAreFound() {
        assertEquals(List.of(EmployerResource.class, MeEmployerResource.class), resources);
    }

    @Test
    void everyEndpointIsDocumentedCompleteAndRight() {
        assertEquals(OpenApiChecks.implemented(resources), OpenApiChecks.documented(doc));
        assertEquals(Set.of("GET /employers", "POST /employers", "GET /employers/export", "GET /employers/{employerId}",
                "GET /me/employer", "PUT /me/employer", "POST /me/employer/submit"),
                OpenApiChecks.implemented(resources));
        assertEquals(List.of(), OpenApiChecks.operationProblems(doc, resources));
    }
}
