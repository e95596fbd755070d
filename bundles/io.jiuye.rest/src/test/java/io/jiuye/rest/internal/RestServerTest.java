package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real {@link RestServer} component (Jersey on Grizzly, 127.0.0.1, a free port) over in-memory fakes
 * of the API services and checks the HTTP contract: auth, problem responses, languages, paging and JSON shapes.
 */
class RestServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RestServer server;
    private static HttpClient client;
    private static String base;
    private static ApiServices services;

    @BeforeAll
    static void start() throws IOException {
        ApiServices s = FakeServices.create();
        services = s;
        server = new RestServer(s.auth(), s.messages());
        ResourceComponents.create(s).forEach(server::addResource);
        server.activate(config(0));
        assertTrue(server.port() > 0, "bound to a free port");
        base = "http://127.0.0.1:" + server.port() + "/api/v1";
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.deactivate();
        }
    }

    static RestServer.Config config(int port) {
        return new RestServer.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RestServer.Config.class;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public long reloadDelayMillis() {
                return 20;
            }
        };
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder authed(String path) {
        return request(path).header("Authorization", "Bearer " + FakeServices.TOKEN);
    }

    private static HttpRequest.Builder postJson(String path, String json) {
        return authed(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder r) throws IOException, InterruptedException {
        return client.send(r.build(), BodyHandlers.ofString());
    }

    /** Asserts a problem response and returns its body. */
    private static JsonNode problem(HttpResponse<String> r, int status, String code) throws IOException {
        return RestTestServer.problem(r, status, code);
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws IOException {
        return RestTestServer.json(r, status);
    }

    @Test
    void withoutTokenIs401Problem() throws Exception {
        HttpResponse<String> r = send(request("/schools"));
        JsonNode p = problem(r, 401, "UNAUTHENTICATED");
        assertEquals("请先登录", p.get("message").asText());
        assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(null));

        problem(send(request("/me").header("Authorization", "Basic YWRtaW46c2VjcmV0")), 401, "UNAUTHENTICATED");
        problem(send(request("/me").header("Authorization", "Bearer " + FakeServices.EXPIRED_TOKEN)), 401,
                "TOKEN_EXPIRED");
    }

    @Test
    void withTokenIs200() throws Exception {
        JsonNode me = json(send(authed("/me")), 200);
        assertEquals("u1", me.get("id").asText());
        assertEquals("OPERATOR", me.get("role").asText());
        assertEquals("2026-03-01T08:00:00Z", me.get("createdAt").asText(), "instants as ISO-8601 strings");
        assertFalse(me.has("schoolId"), "null fields are left out");
        assertEquals("管理员", me.get("displayName").asText(), "read by the user service");
        JsonNode own = json(send(request("/me").header("Authorization", "Bearer " + FakeServices.TOKEN_WITH_ACCOUNT)),
                200);
        assertEquals("随令牌读出", own.get("displayName").asText(), "the account read with the token: no second read");
    }

    @Test
    void publicEndpointsNeedNoToken() throws Exception {
        assertEquals("UP", json(send(request("/health")), 200).get("status").asText());
        JsonNode doc = json(send(request("/openapi.json")), 200);
        assertEquals("3.0.3", doc.get("openapi").asText());

        JsonNode session = json(send(request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"secret\"}"))), 201);
        assertEquals(FakeServices.TOKEN, session.get("token").asText());
        assertEquals("2026-03-01T16:00:00Z", session.get("expiresAt").asText());
        assertEquals("admin", session.get("user").get("username").asText());
        assertEquals("127.0.0.1", ((FakeServices.Auth) services.auth()).lastRemoteAddress, "remote address");

        problem(send(request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"wrong\"}"))), 401,
                "INVALID_CREDENTIALS");
        JsonNode missing = problem(send(request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))), 422, "VALIDATION_FAILED");
        assertEquals(2, missing.get("errors").size());
        assertEquals("username", missing.get("errors").get(0).get("field").asText());
        assertEquals("REQUIRED", missing.get("errors").get(0).get("code").asText());
        assertEquals("必填", missing.get("errors").get(0).get("message").asText());
    }

    @Test
    void logoutEndsTheCallersSession() throws Exception {
        HttpResponse<String> r = send(authed("/sessions/current").DELETE());
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(((FakeServices.Auth) services.auth()).loggedOut.contains(FakeServices.TOKEN));
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        problem(send(authed("/no-such-thing")), 404, "NOT_FOUND");
        problem(send(request("/no-such-thing")), 404, "NOT_FOUND");
        problem(send(authed("/review-items/r1/explode").POST(BodyPublishers.noBody())), 404, "NOT_FOUND");
        problem(send(request("/").GET()), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodAndMediaType() throws Exception {
        HttpResponse<String> r = send(authed("/health").DELETE());
        problem(r, 405, "METHOD_NOT_ALLOWED");
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), r.headers().toString());
        JsonNode p = problem(send(authed("/schools").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("x"))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertEquals("不支持的请求内容类型，请使用 application/json", p.get("message").asText(), "built-in text");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        JsonNode p = problem(send(postJson("/schools", "{\"code\": ")), 400, "BAD_REQUEST");
        assertEquals("请求格式错误", p.get("message").asText());
        problem(send(postJson("/schools", "[1,2]")), 400, "BAD_REQUEST");
        problem(send(postJson("/schools", "{\"code\":\"1\"} trailing")), 400, "BAD_REQUEST");

        JsonNode unknown = problem(send(postJson("/schools", "{\"code\":\"1\",\"name\":\"x\",\"color\":\"red\"}")),
                400, "BAD_REQUEST");
        assertEquals("color", unknown.get("errors").get(0).get("field").asText());
        assertEquals("UNKNOWN_PROPERTY", unknown.get("errors").get(0).get("code").asText());

        JsonNode badEnum = problem(send(postJson("/users", "{\"username\":\"x\",\"role\":\"KING\"}")), 400,
                "BAD_REQUEST");
        assertEquals("role", badEnum.get("errors").get(0).get("field").asText());
        assertEquals("UNKNOWN_VALUE", badEnum.get("errors").get(0).get("code").asText());
        assertTrue(badEnum.get("errors").get(0).get("message").asText().contains("SCHOOL_ADMIN"));
    }

    @Test
    void versionConflictIs409InTheRequestsLanguage() throws Exception {
        String body = "{\"version\": 2, \"remark\": \"ok\"}";
        JsonNode zh = problem(send(postJson("/review-items/r1/approve", body)), 409, "VERSION_CONFLICT");
        assertEquals("数据已被他人修改，请刷新后重试", zh.get("message").asText());
        assertEquals("Conflict", zh.get("title").asText());

        JsonNode en = problem(send(postJson("/review-items/r1/approve", body)
                .header("Accept-Language", "en-US,en;q=0.9")), 409, "VERSION_CONFLICT");
        assertEquals("The record was changed by someone else; reload and try again", en.get("message").asText());

        JsonNode zhFirst = problem(send(postJson("/review-items/r1/approve", body)
                .header("Accept-Language", "zh-CN,en;q=0.8")), 409, "VERSION_CONFLICT");
        assertEquals("数据已被他人修改，请刷新后重试", zhFirst.get("message").asText());
    }

    @Test
    void actionsTakeTheVersionFromBodyOrIfMatch() throws Exception {
        JsonNode item = json(send(postJson("/review-items/r1/approve", "{\"version\": 3}")), 200);
        assertEquals(4, item.get("version").asLong());
        JsonNode viaHeader = json(send(authed("/review-items/r1/resubmit").header("If-Match", "\"3\"")
                .POST(BodyPublishers.noBody())), 200);
        assertEquals(4, viaHeader.get("version").asLong());
        JsonNode none = problem(send(postJson("/review-items/r1/reject", "{\"remark\":\"x\"}")), 422,
                "VALIDATION_FAILED");
        assertEquals("version", none.get("errors").get(0).get("field").asText());
        problem(send(postJson("/users/u1/disable", "{\"version\": 7}")), 409, "VERSION_CONFLICT");
    }

    @Test
    void unexpectedErrorIs500WithoutDetails() throws Exception {
        HttpResponse<String> r = send(authed("/schools/" + FakeServices.BOOM));
        JsonNode p = problem(r, 500, "INTERNAL_ERROR");
        assertTrue(p.get("instance").asText().startsWith("urn:uuid:"));
        assertFalse(r.body().contains(FakeServices.SECRET), r.body());
        assertFalse(r.body().contains("IllegalStateException"), r.body());
        assertFalse(r.body().contains("at io.jiuye"), r.body());
        assertEquals("Internal server error, please try again later",
                problem(send(authed("/schools/" + FakeServices.BOOM).header("Accept-Language", "en")), 500,
                        "INTERNAL_ERROR").get("message").asText());
    }

    @Test
    void pagingShape() throws Exception {
        JsonNode first = json(send(authed("/schools?limit=2&count=true")), 200);
        assertEquals(2, first.get("items").size());
        assertEquals("2", first.get("nextCursor").asText());
        assertEquals(3, first.get("total").asLong());
        assertEquals("北京大学", first.get("items").get(0).get("name").asText());

        JsonNode last = json(send(authed("/schools?limit=2&cursor=2")), 200);
        assertEquals(1, last.get("items").size());
        assertFalse(last.has("nextCursor"), "no cursor on the last page");
        assertFalse(last.has("total"), "total only when asked");

        JsonNode range = problem(send(authed("/schools?limit=500")), 422, "VALIDATION_FAILED");
        assertEquals("limit", range.get("errors").get(0).get("field").asText());
        assertEquals("须在 1 到 200 之间", range.get("errors").get(0).get("message").asText());
        problem(send(authed("/schools?limit=abc")), 400, "BAD_REQUEST");
        problem(send(authed("/schools?count=maybe")), 400, "BAD_REQUEST");
        problem(send(authed("/users?role=KING")), 400, "BAD_REQUEST");
        problem(send(authed("/review-items?filter=all")), 400, "BAD_REQUEST");
    }

    @Test
    void createdResourcesHaveALocation() throws Exception {
        HttpResponse<String> r = send(postJson("/schools",
                "{\"code\":\"10009\",\"name\":\"测试大学\",\"province\":\"湖北\"}"));
        JsonNode school = json(r, 201);
        assertEquals("s9", school.get("id").asText());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/api/v1/schools/s9"),
                r.headers().toString());
        JsonNode user = json(send(postJson("/users",
                "{\"username\":\"li\",\"role\":\"STUDENT\",\"collegeId\":\"c1\"}")), 201);
        assertEquals("Gen3rated!", user.get("initialPassword").asText());
        JsonNode cohort = json(send(postJson("/schools/s1/cohorts", "{\"graduationYear\":2026,\"name\":\"2026届\"}")),
                201);
        assertFalse(cohort.get("current").asBoolean());
        json(send(postJson("/review-items", "{\"type\":\"national:registration@1\",\"attributes\":{\"a\":\"b\"}}")),
                201);
    }

    @Test
    void pluginsAndContributions() throws Exception {
        JsonNode plugins = json(send(authed("/plugins")), 200);
        JsonNode national = plugins.get("items").get(0);
        assertEquals("national", national.get("id").asText());
        assertEquals("National baseline", national.get("name").get("en").asText());
        JsonNode c = national.get("contributions").get(0);
        assertEquals("national:registration@1", c.get("id").asText());
        assertEquals("ITEM_TYPE", c.get("kind").asText());
        assertEquals("毕业去向登记", c.get("label").get("zh").asText());
        assertEquals("national:registration@1", c.get("definition").get("id").asText());
        assertEquals("PT24H", c.get("definition").get("flow").get("steps").get(0).get("timers").get(0).get("after")
                .asText());
        assertEquals("validity-days", national.get("settings").get(0).get("key").asText());

        JsonNode rules = json(send(authed("/schools/s1/contributions?kind=TERMINATION_RULE")), 200);
        assertEquals(1, rules.get("items").size());
        assertEquals("national:certificate@1",
                rules.get("items").get(0).get("definition").get("certificateTemplates").get(0).asText());
        problem(send(authed("/schools/s1/contributions")), 422, "VALIDATION_FAILED");
        problem(send(authed("/schools/nope/contributions?kind=ITEM_TYPE")), 404, "NOT_FOUND");

        JsonNode statuses = json(send(authed("/schools/s1/plugins")), 200);
        assertTrue(statuses.get("items").get(0).get("active").asBoolean());
        assertEquals("ITEM_TYPE",
                statuses.get("items").get(0).get("plugin").get("contributions").get(0).get("kind").asText());
        assertFalse(json(send(authed("/schools/s1/plugins/national/disable").POST(BodyPublishers.noBody())), 200)
                .get("enabled").asBoolean());
        JsonNode settings = json(send(authed("/schools/s1/plugins/national/settings")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"values\":{\"validity-days\":\"7\"}}"))), 200);
        assertEquals("7", settings.get("items").get(0).get("value").asText());

        assertEquals(204, send(postJson("/schools/s1/selections",
                "{\"kind\":\"TERMINATION_RULE\",\"contributionId\":\"national:termination@1\"}")).statusCode());
        JsonNode bad = problem(send(postJson("/schools/s1/selections",
                "{\"kind\":\"TERMINATION_RULE\",\"contributionId\":\"not an id\"}")), 422, "VALIDATION_FAILED");
        assertEquals("contributionId", bad.get("errors").get(0).get("field").asText());

        // the colleges of a school are still reached next to the plugins resource
        assertEquals("计算机学院", json(send(authed("/schools/s1/colleges")), 200).get("items").get(0).get("name").asText());
    }

    @Test
    void reviewReadsAndTrail() throws Exception {
        JsonNode waiting = json(send(authed("/review-items")), 200);
        assertEquals("r1", waiting.get("items").get(0).get("id").asText());
        assertEquals("APPROVE", waiting.get("items").get(0).get("allowedActions").get(0).asText());
        assertEquals(0, json(send(authed("/review-items?filter=submitted")), 200).get("items").size());
        JsonNode trail = json(send(authed("/review-items/r1/trail")), 200);
        assertEquals("SUBMIT", trail.get("items").get(0).get("action").asText());
        assertNotNull(json(send(authed("/review-items/r1")), 200).get("flow"));
    }

    @Test
    void passwordsAndOutbox() throws Exception {
        FakeServices.Passwords passwords = (FakeServices.Passwords) services.passwords();
        assertEquals(204, send(postJson("/me/password",
                "{\"currentPassword\":\"secret\",\"newPassword\":\"N3wPassword\"}")).statusCode());
        assertTrue(passwords.calls.contains("change " + FakeServices.TOKEN));
        JsonNode wrong = problem(send(postJson("/me/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"N3wPassword\"}")), 422, "VALIDATION_FAILED");
        assertEquals("PASSWORD_INCORRECT", wrong.get("errors").get(0).get("code").asText());

        // public, and 202 whatever the user name
        assertEquals(202, send(request("/password-resets").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"nobody\"}"))).statusCode());
        assertTrue(passwords.calls.contains("request nobody"));
        problem(send(request("/password-resets/confirm").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"x\",\"code\":\"1\",\"newPassword\":\"N3wPassword\"}"))),
                422, "CODE_INVALID");
        assertEquals(204, send(request("/password-resets/confirm").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"x\",\"code\":\"654321\",\"newPassword\":\"N3wPassword\"}")))
                .statusCode());

        assertEquals("Gen3ratedPass", json(send(authed("/users/u1/password-reset").POST(BodyPublishers.noBody())), 200)
                .get("initialPassword").asText());
        problem(send(authed("/users/u2/password-reset").POST(BodyPublishers.noBody())), 404, "NOT_FOUND");

        JsonNode outbox = json(send(authed("/outbox?recipient=13900139000")), 200);
        assertEquals("13900139000", outbox.get("items").get(0).get("recipient").asText());
        assertEquals("SMS", outbox.get("items").get(0).get("channel").asText());
        problem(send(request("/outbox")), 401, "UNAUTHENTICATED");
    }
}
