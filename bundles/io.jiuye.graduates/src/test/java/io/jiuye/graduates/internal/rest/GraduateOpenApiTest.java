package io.jiuye.graduates.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.api.document.DocumentError;
import io.jiuye.rest.internal.OpenApiChecks;
import io.jiuye.rest.internal.ResourceComponents;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The graduates module's endpoints are all in the OpenAPI document, complete and right, by the same checks the REST
 * bundle runs over its own resources ({@link OpenApiChecks}).
 */
class GraduateOpenApiTest {
    private final List<Class<?>> resources = ResourceComponents.classes();
    private final JsonNode doc = OpenApiChecks.document(resources);

    @Test
    void theModulesFifteenResourceComponentsAreFound() {
        assertEquals(15, resources.size(), resources.toString());
        assertTrue(resources.contains(GraduateResource.class) && resources.contains(RegistrationResource.class));
    }

    @Test
    void everyEndpointIsDocumentedCompleteAndRight() {
        Set<String> implemented = OpenApiChecks.implemented(resources);
        assertEquals(implemented, OpenApiChecks.documented(doc));
        assertTrue(implemented.containsAll(Set.of("GET /schools/{schoolId}/graduates", "POST /registrations",
                "GET /me/source-info", "POST /me/source-info/corrections", "GET /me/recommendation-form",
                "PUT /graduates/{graduateId}/signing-flags", "POST /me/phone-verification")), implemented.toString());
        assertEquals(List.of(), OpenApiChecks.operationProblems(doc, resources));
    }

    /** The recommendation form prints through the document service: its errors are the module's to list. */
    @Test
    void theDocumentErrorsOfTheFormAreListed() {
        for (DocumentError e : DocumentError.values()) {
            assertEquals(e.status(), doc.path("x-error-codes").path(e.code()).path("status").asInt(), e.code());
        }
    }
}
