package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Employers and signing eligibility in the container: an employer registers itself over the API, its home school's
 * admin approves its qualification and it shows VERIFIED; a student sees SOURCE_INFO_NOT_APPROVED among the failing
 * gates until the school approves the source information, and the school's switches close signing again.
 */
public class EmployerIT extends JiuyeTestSupport {
    private static final String CREDIT_CODE = "91420100MA4KX1234B";

    @Test
    public void anEmployerIsVerifiedAndAStudentBecomesEligible() throws Exception {
        Rest rest = api();
        String operator = loginOperator(rest);
        String code = "E" + unique().substring(0, 6);
        String school = rest.post("/schools", operator, Map.of("code", code, "name", "联盟测试大学"))
                .expect(201).body().path("id").asText();
        String college = rest.post("/schools/" + school + "/colleges", operator, Map.of("code", "CS", "name",
                "计算机学院")).expect(201).body().path("id").asText();
        rest.post("/schools/" + school + "/cohorts", operator, Map.of("graduationYear", 2026)).expect(201);
        String admin = user(rest, operator, "ea-" + code, "SCHOOL_ADMIN", school, null);

        // the employer registers itself (public), naming the school that reviews it
        Map<String, Object> employer = new HashMap<>(Map.of("name", "星光集团", "creditCode", "911306007216356986",
                "nature", "OTHER_ENTERPRISE", "industry", "INFORMATION_TECHNOLOGY", "location", "湖北省武汉市洪山区",
                "address", "武汉市洪山区珞喻路1037号", "postcode", "430074", "contactPerson", "王经理",
                "phone", "027-87541234", "email", "hr@xingguang.example"));
        employer.putAll(Map.of("archive", Map.of("receives", true, "forwardingUnit", "武汉市人才服务中心",
                "forwardingAddress", "武汉市江岸区解放大道1033号", "forwardingPostcode", "430010",
                "forwardingContact", "李老师", "forwardingPhone", "027-82711234"),
                "hukou", Map.of("type", "NOT_RECEIVING"), "homeSchoolId", school, "username", "xingguang-" + code,
                "password", "Xingguang1"));
        Rest.Response invalid = rest.post("/employers", null, employer).expect(422);
        assertEquals("CREDIT_CODE_INVALID", invalid.body().path("errors").path(0).path("code").asText());
        employer.put("creditCode", CREDIT_CODE.toLowerCase());
        JsonNode registered = rest.post("/employers", null, employer).expect(201).body();
        assertEquals(CREDIT_CODE, registered.path("employer").path("creditCode").asText());
        assertEquals("PENDING", registered.path("employer").path("state").asText());
        assertEquals("EMPLOYER", registered.path("user").path("role").asText());
        String employerId = registered.path("employer").path("id").asText();
        employer.put("username", "other-" + code);
        assertEquals("EMPLOYER_ALREADY_REGISTERED", rest.post("/employers", null, employer).expect(409).code());

        String hr = login(rest, "xingguang-" + code, "Xingguang1");
        JsonNode mine = rest.get("/me/employer", hr).expect(200).body();
        assertEquals(employerId, mine.path("id").asText());
        assertEquals("PENDING", mine.path("state").asText());
        assertEquals("EMPLOYER_IN_REVIEW", rest.put("/me/employer", hr, Map.of("version",
                mine.path("version").asLong(), "contactPerson", "陈经理")).expect(409).code());

        // the school's admin finds it among the employers awaiting qualification and approves
        List<String> pending = rest.get("/employers?state=PENDING&q=" + CREDIT_CODE.substring(0, 8), admin)
                .expect(200).ids();
        assertEquals(List.of(employerId), pending);
        String item = mine.path("reviewItemId").asText();
        JsonNode review = rest.get("/review-items/" + item, admin).expect(200).body();
        assertEquals("core:employer-qualification@1", review.path("type").asText());
        assertEquals("星光集团", review.path("attributes").path("name").asText());
        assertEquals("APPROVED", rest.post("/review-items/" + item + "/approve", admin, Map.of("version",
                review.path("version").asLong())).expect(200).body().path("state").asText());
        mine = rest.get("/me/employer", hr).expect(200).body();
        assertEquals("VERIFIED", mine.path("state").asText());
        assertTrue(mine.hasNonNull("verifiedAt"));
        assertEquals("陈经理", rest.put("/me/employer", hr, Map.of("version", mine.path("version").asLong(),
                "contactPerson", "陈经理")).expect(200).body().path("contactPerson").asText());

        // a student: not eligible until the source information is approved
        String csv = "学号,姓名,身份证号,学院代码,学历层次,培养方式\n"
                + "201508102027,周敏,11010519491231002X,CS,本科,非定向\n";
        rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", admin, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(200);
        rest.post("/registrations", null, Map.of("schoolId", school, "graduationYear", 2026, "studentNumber",
                "201508102027", "name", "周敏", "password", "Zhou1min!")).expect(201);
        String student = login(rest, "201508102027@" + code, "Zhou1min!");
        assertEquals("FORBIDDEN", rest.get("/employers", student).expect(403).code());

        JsonNode eligibility = rest.get("/me/signing-eligibility", student).expect(200).body();
        assertFalse(eligibility.path("eligible").asBoolean());
        assertEquals(List.of("SOURCE_INFO_NOT_APPROVED", "PHONE_NOT_VERIFIED"), codes(eligibility));
        assertEquals("生源信息尚未审核通过", eligibility.path("reasons").path(0).path("message").path("zh").asText());

        rest.put("/schools/" + school + "/source-review-chain", admin, Map.of("chain", "SCHOOL_ONLY")).expect(200);
        JsonNode info = rest.get("/me/source-info", student).expect(200).body();
        info = rest.put("/me/source-info", student, new HashMap<>(Map.of("version", info.path("version").asLong(),
                "hukouToSchool", false, "archiveToSchool", true, "qq", "10001", "homePostcode", "430074",
                "email", "zhoumin@example.com", "phone", "15800002341", "homePhone", "027-65102278",
                "homeAddress", "武汉市洪山区珞喻路1号"))).expect(200).body();
        info = rest.post("/me/source-info/submit", student, Map.of("version", info.path("version").asLong()))
                .expect(200).body();
        assertEquals(List.of("SOURCE_INFO_NOT_APPROVED", "PHONE_NOT_VERIFIED"),
                codes(rest.get("/me/signing-eligibility", student).expect(200).body()));
        String sourceItem = info.path("reviewItemId").asText();
        long v = rest.get("/review-items/" + sourceItem, admin).expect(200).body().path("version").asLong();
        rest.post("/review-items/" + sourceItem + "/approve", admin, Map.of("version", v)).expect(200);
        assertEquals(List.of("PHONE_NOT_VERIFIED"),
                codes(rest.get("/me/signing-eligibility", student).expect(200).body()));
        // R-ACC-3: the SMS code, read from the development outbox
        rest.post("/me/phone-verification/code", student, Map.of()).expect(202);
        String sms = rest.get("/outbox?recipient=15800002341", operator).expect(200).items().get(0)
                .path("body").asText();
        java.util.regex.Matcher code6 = java.util.regex.Pattern.compile("(?<!\\d)\\d{6}(?!\\d)").matcher(sms);
        assertTrue(sms, code6.find());
        rest.post("/me/phone-verification", student, Map.of("code", code6.group())).expect(200);
        eligibility = rest.get("/me/signing-eligibility", student).expect(200).body();
        assertTrue(eligibility.path("eligible").asBoolean());
        assertEquals(List.of(), codes(eligibility));

        // the school's switches: restricted per student, closed globally
        String graduate = info.path("record").path("id").asText();
        long fv = rest.get("/graduates/" + graduate + "/signing-flags", admin).expect(200).body().path("version")
                .asLong();
        rest.put("/graduates/" + graduate + "/signing-flags", admin, Map.of("version", fv, "signingRestricted", true))
                .expect(200);
        rest.put("/schools/" + school + "/online-signing", admin, Map.of("open", false)).expect(200);
        assertEquals(List.of("SIGNING_RESTRICTED", "ONLINE_SIGNING_CLOSED"),
                codes(rest.get("/graduates/" + graduate + "/signing-eligibility", admin).expect(200).body()));
        assertTrue(rest.get("/graduates/" + graduate + "/changes", admin).expect(200).items().stream()
                .anyMatch(c -> c.path("field").asText().equals("signingRestricted")));
        assertEquals("FORBIDDEN", rest.put("/schools/" + school + "/online-signing", student, Map.of("open", true))
                .expect(403).code());

        // a verified employer never browses graduates: no list, no record, no eligibility
        rest.get("/schools/" + school + "/graduates", hr).expect(403);
        assertEquals(403, rest.download("/schools/" + school + "/graduates/export", hr).status());
        rest.get("/graduates/" + graduate, hr).expect(404);
        rest.get("/graduates/" + graduate + "/signing-eligibility", hr).expect(404);
    }

    private static List<String> codes(JsonNode eligibility) {
        List<String> codes = new java.util.ArrayList<>();
        eligibility.path("reasons").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    private String user(Rest rest, String operator, String username, String role, String school, String college)
            throws Exception {
        String password = strongPassword();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", username, "role", role,
                "schoolId", school, "password", password));
        if (college != null) {
            body.put("collegeId", college);
        }
        rest.post("/users", operator, body).expect(201);
        return login(rest, username, password);
    }

    /**
     * The employers module is a bundle of its own: stopped, the persistence unit drops its entities, its service and
     * its REST endpoints go; started again, it joins the unit without migrating twice, finds its rows and serves its
     * endpoints again.
     */
    @Test
    public void theEmployersModuleLeavesAndReturnsWithItsData() throws Exception {
        Rest rest = api();
        String code = unique();
        Map<String, Object> employer = new HashMap<>(Map.of("name", "模块测试公司", "creditCode", "91110000802100433B",
                "nature", "OTHER_ENTERPRISE", "industry", "INFORMATION_TECHNOLOGY", "location", "北京市海淀区",
                "address", "北京市海淀区中关村大街1号", "postcode", "100080", "contactPerson", "赵经理",
                "phone", "010-62751234", "email", "hr@module.example"));
        employer.putAll(Map.of("archive", Map.of("receives", false), "hukou", Map.of("type", "NOT_RECEIVING"),
                "username", "module-" + code, "password", "Xingguang1"));
        String employerId = rest.post("/employers", null, employer).expect(201).body().path("employer").path("id")
                .asText();
        assertTrue(modules().contains("employers"));

        Bundle employers = bundle("io.jiuye.employers");
        employers.stop();
        await("employers leave the persistence unit", Duration.ofSeconds(30), () -> !modules().contains("employers"));
        assertEquals(null, bundleContext.getServiceReference("io.jiuye.api.employer.EmployerService"));
        // its endpoints are the module's own: they leave with it (an unknown path is 404 before any token check)
        await("the employers endpoints gone", Duration.ofSeconds(30),
                () -> rest.get("/employers/" + employerId, null).status() == 404);

        employers.start();
        await("employers rejoin the persistence unit", Duration.ofSeconds(30), () -> modules().contains("employers"));
        awaitService("io.jiuye.api.employer.EmployerService");
        await("the REST API answers for employers again", Duration.ofSeconds(30),
                () -> rest.post("/sessions", null, Map.of("username", "module-" + code, "password", "Xingguang1"))
                        .status() == 201);
        String hr = login(rest, "module-" + code, "Xingguang1");
        await("the employer's own record is readable", Duration.ofSeconds(30),
                () -> rest.get("/me/employer", hr).status() == 200);
        assertEquals(employerId, rest.get("/me/employer", hr).expect(200).body().path("id").asText());
        assertEquals("UNAUTHENTICATED", rest.get("/employers/" + employerId, null).expect(401).code());
    }

    /** The modules in the persistence unit, from the Transactions service's property. */
    private List<String> modules() {
        ServiceReference<?> ref = bundleContext.getServiceReference("io.jiuye.core.module.Transactions");
        return ref == null ? List.of() : List.of((String[]) ref.getProperty("jiuye.modules"));
    }
}
