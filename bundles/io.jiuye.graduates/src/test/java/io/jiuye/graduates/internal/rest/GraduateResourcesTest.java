package io.jiuye.graduates.internal.rest;

import static io.jiuye.rest.internal.RestTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.api.account.PhoneVerificationService;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.api.graduate.EligibilityService;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.rest.internal.ResourceComponents;
import io.jiuye.rest.internal.RestTestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graduates module's endpoints over HTTP: its resource components (found in this bundle's {@code OSGI-INF/} as
 * DS finds them) served by the real REST server over fake graduate services ({@link FakeGraduates}).
 */
class GraduateResourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RestTestServer server;

    @BeforeAll
    static void start() {
        Map<Class<?>, Object> fakes = Map.of(GraduateService.class, new FakeGraduates.Graduates(),
                RegistrationService.class, new FakeGraduates.Registrations(),
                SourceInfoService.class, new FakeGraduates.SourceInfos(),
                RecommendationFormService.class, new FakeGraduates.Recommendations(),
                SourceCorrectionService.class, new FakeGraduates.Corrections(),
                EligibilityService.class, new FakeGraduates.Eligibility(),
                PhoneVerificationService.class, new FakeGraduates.Phones());
        server = RestTestServer.start(ResourceComponents.create(fakes::get));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpRequest.Builder request(String path) {
        return server.request(path);
    }

    private static HttpRequest.Builder authed(String path) {
        return server.authed(path);
    }

    private static HttpRequest.Builder postJson(String path, String json) {
        return server.postJson(path, json);
    }

    private static HttpResponse<String> send(HttpRequest.Builder r) throws IOException, InterruptedException {
        return server.send(r);
    }

    private static JsonNode problem(HttpResponse<String> r, int status, String code) throws IOException {
        return RestTestServer.problem(r, status, code);
    }

    @Test
    void graduateImportsAreCheckedByTypeContentAndSize() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] zip = {'P', 'K', 3, 4, 1, 2, 3};
        JsonNode ok = json(send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type", xlsx)
                .POST(BodyPublishers.ofByteArray(zip))), 200);
        assertEquals(7, ok.get("rows").asInt(), "the whole body reaches the service");
        json(send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofString("学号,姓名\n1,张三\n"))), 200);

        problem(send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type", xlsx)
                .POST(BodyPublishers.ofString("学号,姓名\n"))), 400, "BAD_REQUEST");
        problem(send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofByteArray(zip))), 400, "BAD_REQUEST");
        problem(send(authed("/schools/s1/graduate-imports").header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofString("a"))), 422, "VALIDATION_FAILED");
        problem(send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type", "image/png")
                .POST(BodyPublishers.ofString("a"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theImportTemplateDownloadsAsAFile() throws Exception {
        HttpResponse<String> r = send(authed("/schools/s1/graduate-imports/template?format=csv"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("graduates-template.csv"));
        assertEquals("CSV", r.body());
        problem(send(authed("/schools/s1/graduate-imports/template?format=pdf")), 400, "BAD_REQUEST");
    }

    @Test
    void registrationIsPublicAndItsKeysAreTheSchoolAdminsToSet() throws Exception {
        assertEquals("10611", json(send(request("/registrations/schools")), 200).get("items").get(0).get("code")
                .asText());
        assertEquals("STUDENT_NUMBER", json(send(request("/registrations/schools/s1/keys")), 200).get("keys").get(0)
                .asText());
        String body = "{\"schoolId\":\"s1\",\"graduationYear\":2026,\"studentNumber\":\"%s\",\"name\":\"张三\","
                + "\"password\":\"Zhang3san\"}";
        json(send(request("/registrations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(String.format(body, "2026001")))), 201);
        problem(send(request("/registrations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(String.format(body, "taken")))), 409, "ALREADY_REGISTERED");
        problem(send(request("/registrations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))), 422, "VALIDATION_FAILED");
        problem(send(request("/schools/s1/registration-keys").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"keys\":[\"NAME\"]}"))), 401, "UNAUTHENTICATED");
        assertEquals("NAME", json(send(authed("/schools/s1/registration-keys").header("Content-Type",
                "application/json").PUT(BodyPublishers.ofString("{\"keys\":[\"NAME\"]}"))), 200).get("keys").get(0)
                .asText());
    }

    @Test
    void sourceInfoIsTheGraduatesOwnWithVersionedSaves() throws Exception {
        assertEquals("NOT_SUBMITTED", json(send(authed("/me/source-info")), 200).get("state").asText());
        assertEquals("张三", json(send(authed("/me/source-info").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"version\":3,\"qq\":\"123456\"}"))), 200).get("record").get("name")
                .asText());
        problem(send(authed("/me/source-info").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"version\":2}"))), 409, "VERSION_CONFLICT");
        problem(send(authed("/me/source-info").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"qq\":\"1\"}"))), 422, "VALIDATION_FAILED");
        assertEquals("IN_REVIEW", json(send(postJson("/me/source-info/submit", "{\"version\":3}")), 200)
                .get("state").asText());
        assertEquals("qq", json(send(authed("/graduates/g1/changes")), 200).get("items").get(0).get("field")
                .asText());
        assertEquals("SCHOOL_ONLY", json(send(authed("/schools/s1/source-review-chain").header("Content-Type",
                "application/json").PUT(BodyPublishers.ofString("{\"chain\":\"SCHOOL_ONLY\"}"))), 200).get("chain")
                .asText());
    }

    @Test
    void recommendationFormsTakeAPhotoByContentTypeAndPrintAsPdf() throws Exception {
        assertEquals("张三", json(send(authed("/me/recommendation-form")), 200).get("fields").get("name").asText());
        assertTrue(json(send(authed("/me/recommendation-form/photo").header("Content-Type", "image/png")
                .header("If-Match", "1").PUT(BodyPublishers.ofByteArray(new byte[] {1, 2, 3}))), 200).get("hasPhoto")
                .asBoolean());
        problem(send(authed("/me/recommendation-form/photo").header("Content-Type", "image/gif")
                .header("If-Match", "1").PUT(BodyPublishers.ofByteArray(new byte[] {1}))), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        problem(send(authed("/me/recommendation-form/photo").header("Content-Type", "image/png")
                .header("If-Match", "1").PUT(BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024]))), 422,
                "VALIDATION_FAILED");
        HttpResponse<String> pdf = send(authed("/graduates/g1/recommendation-form.pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("recommendation-form.pdf"));
        problem(send(authed("/graduates/g2/recommendation-form.pdf")), 409, "RECOMMENDATION_FORM_NOT_APPROVED");
        assertEquals("%PDF-preview", send(authed("/me/recommendation-form/preview.pdf")).body());
    }

    @Test
    void correctionsSplitIntoAppliedAndRequested() throws Exception {
        JsonNode r = json(send(postJson("/me/source-info/corrections",
                "{\"version\":3,\"values\":{\"qq\":\"10002\",\"phone\":\"13900139000\"},\"reason\":\"换号\"}")), 200);
        assertEquals("10002", r.get("applied").get("qq").asText());
        assertEquals("13900139000", r.get("requested").get("phone").asText());
        assertEquals("r1", r.get("reviewItemId").asText());
        assertEquals("qq", json(send(authed("/schools/s1/direct-edit-fields")), 200).get("fields").get(0).asText());
    }

    @Test
    void phoneVerificationByCode() throws Exception {
        JsonNode status = json(send(authed("/me/phone-verification")), 200);
        assertEquals("158****2340", status.get("phone").asText());
        assertEquals(202, send(authed("/me/phone-verification/code").POST(BodyPublishers.noBody())).statusCode());
        problem(send(postJson("/me/phone-verification", "{\"code\":\"000000\"}")), 422, "CODE_INVALID");
        JsonNode err = problem(send(postJson("/me/phone-verification", "{}")), 422, "VALIDATION_FAILED");
        assertEquals("code", err.get("errors").get(0).get("field").asText());
        assertTrue(json(send(postJson("/me/phone-verification", "{\"code\":\"123456\"}")), 200).get("verified")
                .asBoolean());
    }

    @Test
    void signingEligibilityAndItsSwitches() throws Exception {
        assertTrue(json(send(authed("/me/signing-eligibility")), 200).get("eligible").asBoolean());
        JsonNode e = json(send(authed("/graduates/g1/signing-eligibility")), 200);
        assertFalse(e.get("eligible").asBoolean());
        assertEquals("SOURCE_INFO_NOT_APPROVED", e.get("reasons").get(0).get("code").asText());
        assertEquals("生源信息尚未审核通过", e.get("reasons").get(0).get("message").get("zh").asText());
        assertEquals("Source information not approved yet", e.get("reasons").get(0).get("message").get("en").asText());
        problem(send(authed("/graduates/g2/signing-eligibility")), 404, "NOT_FOUND");
        // the graduate's other sub-resources are still served next to these
        assertEquals("qq", json(send(authed("/graduates/g1/changes")), 200).get("items").get(0).get("field")
                .asText());

        assertEquals(3, json(send(authed("/graduates/g1/signing-flags")), 200).get("version").asLong());
        JsonNode flags = json(send(authed("/graduates/g1/signing-flags").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"version\":3,\"signingRestricted\":true}"))), 200);
        assertTrue(flags.get("signingRestricted").asBoolean());
        assertFalse(flags.get("recommendedForPostgraduate").asBoolean());
        json(send(authed("/graduates/g1/signing-flags").header("Content-Type", "application/json")
                .header("If-Match", "\"3\"").PUT(BodyPublishers.ofString("{\"planSubmitted\":true}"))), 200);
        problem(send(authed("/graduates/g1/signing-flags").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"version\":2}"))), 409, "VERSION_CONFLICT");
        problem(send(authed("/graduates/g1/signing-flags").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"signingRestricted\":\"maybe\"}"))), 400, "BAD_REQUEST");

        assertTrue(json(send(authed("/schools/s1/online-signing")), 200).get("open").asBoolean());
        assertFalse(json(send(authed("/schools/s1/online-signing").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"open\":false}"))), 200).get("open").asBoolean());
        problem(send(authed("/schools/s1/online-signing").header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{}"))), 422, "VALIDATION_FAILED");
    }

    @Test
    void graduateListsFilterByStateExportAndUnmaskOnRequest() throws Exception {
        assertEquals("IN_REVIEW", json(send(authed("/schools/s1/graduates?sourceState=IN_REVIEW")), 200)
                .get("items").get(0).get("sourceState").asText());
        problem(send(authed("/schools/s1/graduates?sourceState=MAYBE")), 400, "BAD_REQUEST");
        HttpResponse<String> xlsx = send(authed("/schools/s1/graduates/export"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("graduates.xlsx"));
        assertEquals("15800002340", json(send(authed("/graduates/g1?unmask=true")), 200).get("phone").asText());
    }

    @Test
    void largeOrBackgroundImportsAreTrackedJobs() throws Exception {
        HttpResponse<String> r = send(authed("/schools/s1/graduate-imports?graduationYear=2026&background=true")
                .header("Content-Type", "text/csv").POST(BodyPublishers.ofString("学号\n1\n")));
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/schools/s1/graduate-imports/j1"));
        assertEquals("RUNNING", JSON.readTree(r.body()).get("state").asText());
        assertEquals(1000, json(send(authed("/schools/s1/graduate-imports/j1")), 200).get("report").get("created")
                .asInt());
        assertEquals(202, send(authed("/schools/s1/graduate-imports?graduationYear=2026").header("Content-Type",
                "text/csv").POST(BodyPublishers.ofString("a".repeat(2 * 1024 * 1024)))).statusCode(),
                "larger than 1 MB: a job");
    }

    @Test
    void correctionEvidenceIsAnImageBody() throws Exception {
        assertEquals(1, json(send(authed("/me/source-info/corrections/r1/evidence").header("Content-Type",
                "image/png").POST(BodyPublishers.ofByteArray(new byte[] {1, 2}))), 201).get("count").asInt());
        HttpResponse<String> img = send(authed("/source-corrections/r1/evidence/0").header("Accept", "*/*"));
        assertEquals(200, img.statusCode());
        assertEquals("image/png", img.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", img.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("inline; filename=\"evidence-1.png\"; filename*=UTF-8''evidence-1.png",
                img.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(404, send(authed("/source-corrections/r1/evidence/1").header("Accept", "*/*")).statusCode());
    }
}
