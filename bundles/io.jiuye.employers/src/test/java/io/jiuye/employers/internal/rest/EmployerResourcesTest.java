package io.jiuye.employers.internal.rest;

import static io.jiuye.rest.internal.RestTestServer.json;
import static io.jiuye.rest.internal.RestTestServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.api.employer.EmployerService;
import io.jiuye.rest.internal.ResourceComponents;
import io.jiuye.rest.internal.RestTestServer;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The employers module's endpoints over HTTP: its resource components (found in this bundle's {@code OSGI-INF/} as
 * DS finds them) served by the real REST server over a fake {@link EmployerService}.
 */
class EmployerResourcesTest {
    private static FakeEmployers employers;
    private static RestTestServer server;

    @BeforeAll
    static void start() {
        employers = new FakeEmployers();
        server = RestTestServer.start(ResourceComponents.create(type -> type == EmployerService.class ? employers
                : null));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A registration (public: no token). */
    private static HttpResponse<String> register(String json) throws Exception {
        return server.send(server.request("/employers").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> updateMine(String json) throws Exception {
        return server.send(server.authed("/me/employer").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    @Test
    void employersRegisterPubliclyAndAdminsListThem() throws Exception {
        String body = "{\"name\":\"星光集团\",\"creditCode\":\"%s\",\"nature\":\"OTHER_ENTERPRISE\","
                + "\"industry\":\"INFORMATION_TECHNOLOGY\",\"location\":\"湖北省武汉市\",\"address\":\"珞喻路1037号\","
                + "\"postcode\":\"430074\",\"contactPerson\":\"王经理\",\"phone\":\"027-87541234\","
                + "\"email\":\"hr@example.com\",\"archive\":{\"receives\":false},"
                + "\"hukou\":{\"type\":\"NOT_RECEIVING\"},\"homeSchoolId\":\"s1\",\"username\":\"xingguang\","
                + "\"password\":\"Xingguang1\"}";
        HttpResponse<String> created = register(String.format(body, "91420100MA4KX1234B"));
        JsonNode r = json(created, 201);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/employers/e1"));
        assertEquals("PENDING", r.get("employer").get("state").asText());
        assertEquals("s1", r.get("employer").get("homeSchoolId").asText());
        assertFalse(r.get("employer").get("archive").get("receives").asBoolean());
        assertEquals("EMPLOYER", r.get("user").get("role").asText());
        assertEquals("e1", r.get("user").get("employerId").asText());
        problem(register(String.format(body, FakeEmployers.TAKEN_CODE)), 409,
                "EMPLOYER_ALREADY_REGISTERED");
        JsonNode invalid = problem(register(String.format(body, "123")), 422, "VALIDATION_FAILED");
        assertEquals("CREDIT_CODE_INVALID", invalid.get("errors").get(0).get("code").asText());
        problem(register(String.format(body, "91420100MA4KX1234B").replace("OTHER_ENTERPRISE", "KING")), 400,
                "BAD_REQUEST");
        JsonNode missing = problem(register("{\"name\":\"星光集团\"}"), 422, "VALIDATION_FAILED");
        assertEquals(2, missing.get("errors").size());

        problem(server.send(server.request("/employers")), 401, "UNAUTHENTICATED");
        assertEquals("e1", json(server.send(server.authed("/employers?state=pending&q=%E6%98%9F%E5%85%89")), 200)
                .get("items").get(0).get("id").asText());
        assertEquals("PENDING 星光", employers.lastQuery);
        problem(server.send(server.authed("/employers?state=KING")), 400, "BAD_REQUEST");
        assertEquals("星光集团", json(server.send(server.authed("/employers/e1")), 200).get("name").asText());
        problem(server.send(server.authed("/employers/e2")), 404, "NOT_FOUND");
    }

    @Test
    void theEmployerKeepsItsProfileVersionedAndSubmitsIt() throws Exception {
        assertEquals("PENDING", json(server.send(server.authed("/me/employer")), 200).get("state").asText());
        assertEquals("星光集团有限公司", json(updateMine("{\"version\":2,\"name\":\"星光集团有限公司\","
                + "\"archive\":{\"receives\":true,\"forwardingUnit\":\"武汉市人才服务中心\"}}"), 200).get("name").asText());
        problem(updateMine("{\"version\":1}"), 409, "VERSION_CONFLICT");
        problem(updateMine("{\"name\":\"x\"}"), 422, "VALIDATION_FAILED");
        assertEquals("s2", json(server.send(server.postJson("/me/employer/submit",
                "{\"version\":2,\"homeSchoolId\":\"s2\"}")), 200).get("homeSchoolId").asText());
    }

    @Test
    void employersExportAsXlsx() throws Exception {
        HttpResponse<String> r = server.send(server.authed("/employers/export?state=PENDING"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("employers.xlsx"));
    }
}
