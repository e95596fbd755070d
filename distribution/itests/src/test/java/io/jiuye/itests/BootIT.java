package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;
import org.osgi.framework.Bundle;

/** The distribution boots with core, REST and the national baseline, and the API answers as agreed. */
public class BootIT extends JiuyeTestSupport {

    @Test
    public void coreServicesAndBundlesAreUp() throws Exception {
        for (String service : List.of("io.jiuye.api.plugin.PluginRegistry", "io.jiuye.api.plugin.SchoolPlugins",
                "io.jiuye.api.review.ReviewService", "io.jiuye.api.account.AuthService",
                "io.jiuye.api.account.UserService", "io.jiuye.api.tenancy.TenancyService")) {
            awaitService(service);
        }
        for (String name : List.of("io.jiuye.api", "io.jiuye.core", "io.jiuye.rest", "io.jiuye.plugin.national")) {
            Bundle b = bundle(name);
            assertNotNull(name + " installed", b);
            assertEquals(name + " active", Bundle.ACTIVE, b.getState());
        }
        assertNull("the example plugin is not installed at boot", bundle("io.jiuye.plugin.example"));
        String unresolved = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(Bundle::getSymbolicName).collect(Collectors.joining(", "));
        assertEquals("bundles left unresolved", "", unresolved);
    }

    @Test
    public void openApiDocumentIsServed() throws Exception {
        Rest.Response r = api().get("/openapi.json", null).expect(200);
        assertTrue(r.contentType(), r.contentType().startsWith("application/json"));
        assertTrue("has paths: " + r.raw(), r.body().has("paths"));
    }

    @Test
    public void callsWithoutTokenGetAProblem401() throws Exception {
        Rest.Response r = api().get("/me", null).expect(401);
        assertTrue(r.contentType(), r.contentType().startsWith("application/problem+json"));
        assertEquals(401, r.body().path("status").asInt());
        assertFalse("has a code", r.code().isEmpty());
    }

    @Test
    public void wrongPasswordIsInvalidCredentials() throws Exception {
        Rest rest = api();
        String[] operator = operatorCredentials();
        Rest.Response r = rest.post("/sessions", null, Map.of("username", operator[0], "password",
                operator[1] + "-wrong")).expect(401);
        assertTrue(r.contentType(), r.contentType().startsWith("application/problem+json"));
        assertEquals("INVALID_CREDENTIALS", r.code());

        String token = login(rest, operator[0], operator[1]);
        assertEquals("OPERATOR", rest.get("/me", token).expect(200).body().path("role").asText());
    }

    @Test
    public void nationalDestinationCategoriesApplyToEverySchool() throws Exception {
        Rest rest = api();
        String token = loginOperator(rest);
        String schoolId = rest.post("/schools", token, Map.of("code", "B" + unique(), "name", "启动测试大学",
                "province", "湖北")).expect(201).body().path("id").asText();

        Rest.Response r = rest.get("/schools/" + schoolId + "/contributions?kind=DESTINATION_CATEGORY", token)
                .expect(200);
        List<String> ids = r.ids();
        assertEquals("all national codes: " + ids, 17, ids.size());
        assertTrue(ids.contains("national:dest-76@1"));
        JsonNode freelance = r.items().stream().filter(i -> i.path("id").asText().equals("national:dest-76@1"))
                .findFirst().orElseThrow();
        assertEquals("DESTINATION_CATEGORY", freelance.path("kind").asText());
        assertEquals("自由职业", freelance.path("label").path("zh").asText());
        assertEquals("76", freelance.path("definition").path("nationalCode").asText());

        List<JsonNode> plugins = rest.get("/schools/" + schoolId + "/plugins", token).expect(200).items();
        JsonNode national = plugins.stream().filter(p -> p.path("plugin").path("id").asText().equals("national"))
                .findFirst().orElseThrow(() -> new AssertionError("national listed: " + plugins));
        assertTrue(national.path("plugin").path("baseline").asBoolean());
        assertTrue(national.path("active").asBoolean());
    }
}
