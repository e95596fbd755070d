package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * A plugin comes and goes at runtime while its data stays: install the example plugin, enable it for a school,
 * submit and review an internship report across an uninstall and a reinstall.
 */
public class PluginLifecycleIT extends JiuyeTestSupport {

    private static final String FEATURE = "jiuye-plugin-example";
    private static final String TYPE = "example:internship-report@1";

    private Rest rest;

    @Test
    public void pluginComesAndGoesWhileItsDataStaysReadable() throws Exception {
        rest = api();
        String operator = loginOperator(rest);

        // a school with two colleges, its admins and a student of college A
        String u = unique();
        String school = rest.post("/schools", operator, Map.of("code", "P" + u, "name", "插件测试大学",
                "province", "湖北")).expect(201).body().path("id").asText();
        String collegeA = rest.post("/schools/" + school + "/colleges", operator,
                Map.of("code", "A" + u, "name", "计算机学院")).expect(201).body().path("id").asText();
        String collegeB = rest.post("/schools/" + school + "/colleges", operator,
                Map.of("code", "B" + u, "name", "外国语学院")).expect(201).body().path("id").asText();
        String schoolAdmin = user(operator, "sa-" + u, "SCHOOL_ADMIN", school, null);
        String adminA = user(operator, "ca-a-" + u, "COLLEGE_ADMIN", school, collegeA);
        String adminB = user(operator, "ca-b-" + u, "COLLEGE_ADMIN", school, collegeB);
        String student = user(operator, "st-" + u, "STUDENT", school, collegeA);

        // install the plugin at runtime and switch it on for the school
        assertFalse(typeListed(school, schoolAdmin));
        installFeature(FEATURE);
        await("example plugin enabled", CHANGE_TIMEOUT,
                () -> rest.post("/schools/" + school + "/plugins/example/enable", schoolAdmin, Map.of())
                        .status() == 200);
        assertTrue("item type offered", typeListed(school, schoolAdmin));

        // the student submits; college admin A waits for it, college admin B may not touch it
        JsonNode item = rest.post("/review-items", student, Map.of("type", TYPE,
                "attributes", Map.of("company", "武汉光谷信息技术有限公司", "weeks", "12"))).expect(201).body();
        String id = item.path("id").asText();
        long version = item.path("version").asLong();
        assertEquals("IN_REVIEW", item.path("state").asText());
        assertEquals("college", item.path("stepKey").asText());
        assertTrue(rest.get("/review-items", adminA).expect(200).ids().contains(id));
        assertFalse(rest.get("/review-items", adminB).expect(200).ids().contains(id));

        rest.post("/review-items/" + id + "/approve", adminB, Map.of("version", version)).expect(403);
        JsonNode unchanged = rest.get("/review-items/" + id, adminA).expect(200).body();
        assertEquals(version, unchanged.path("version").asLong());
        assertEquals("college", unchanged.path("stepKey").asText());
        assertEquals(1, trail(id, student).size());

        // uninstall: the contribution is gone, the school's choice and the item stay readable
        uninstallFeature(FEATURE);
        await("item type withdrawn", CHANGE_TIMEOUT, () -> !typeListed(school, schoolAdmin));
        JsonNode example = plugin(school, schoolAdmin, "example");
        assertTrue("still enabled: " + example, example.path("enabled").asBoolean());
        assertFalse("not installed: " + example, example.path("plugin").path("installed").asBoolean());
        assertFalse("not active: " + example, example.path("active").asBoolean());

        JsonNode orphan = rest.get("/review-items/" + id, student).expect(200).body();
        assertFalse(orphan.path("typeAvailable").asBoolean());
        assertEquals("IN_REVIEW", orphan.path("state").asText());
        assertEquals("武汉光谷信息技术有限公司", orphan.path("attributes").path("company").asText());
        List<JsonNode> trail = trail(id, student);
        assertEquals(1, trail.size());
        assertEquals("STUDENT", trail.get(0).path("actorRole").asText());
        Rest.Response refused = rest.post("/review-items/" + id + "/approve", adminA, Map.of("version", version))
                .expect(409);
        assertEquals("CONTRIBUTION_UNAVAILABLE", refused.code());

        // reinstall: the same item goes on through both steps
        installFeature(FEATURE);
        await("item type back", CHANGE_TIMEOUT,
                () -> rest.get("/review-items/" + id, adminA).body().path("typeAvailable").asBoolean());
        JsonNode afterCollege = rest.post("/review-items/" + id + "/approve", adminA, Map.of("version", version))
                .expect(200).body();
        assertEquals("after the college's approval: " + afterCollege, "IN_REVIEW", afterCollege.path("state").asText());
        assertEquals("school", afterCollege.path("stepKey").asText());
        assertTrue(rest.get("/review-items", schoolAdmin).expect(200).ids().contains(id));

        JsonNode approved = rest.post("/review-items/" + id + "/approve", schoolAdmin,
                Map.of("version", afterCollege.path("version").asLong())).expect(200).body();
        assertEquals("after the school's approval: " + approved, "APPROVED", approved.path("state").asText());

        List<JsonNode> finalTrail = trail(id, student);
        assertEquals("submit, college approval, school approval: " + finalTrail, 3, finalTrail.size());
        assertEquals(finalTrail.toString(), "APPROVE", finalTrail.get(2).path("action").asText());
        assertEquals(finalTrail.toString(), "APPROVED", finalTrail.get(2).path("resultingState").asText());
        assertNotNull(finalTrail.get(2).path("at").asText(null));
    }

    /** Creates a user with a password and returns their token. */
    private String user(String operator, String username, String role, String school, String college)
            throws Exception {
        String password = strongPassword();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", username);
        body.put("role", role);
        body.put("schoolId", school);
        if (college != null) {
            body.put("collegeId", college);
        }
        body.put("password", password);
        rest.post("/users", operator, body).expect(201);
        return login(rest, username, password);
    }

    private boolean typeListed(String school, String token) throws Exception {
        return rest.get("/schools/" + school + "/contributions?kind=ITEM_TYPE", token).expect(200).ids()
                .contains(TYPE);
    }

    private JsonNode plugin(String school, String token, String pluginId) throws Exception {
        List<JsonNode> plugins = rest.get("/schools/" + school + "/plugins", token).expect(200).items();
        return plugins.stream().filter(p -> p.path("plugin").path("id").asText().equals(pluginId)).findFirst()
                .orElseThrow(() -> new AssertionError(pluginId + " not listed: " + plugins));
    }

    private List<JsonNode> trail(String id, String token) throws Exception {
        return rest.get("/review-items/" + id + "/trail", token).expect(200).items();
    }
}
