package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Graduate import through the API in the real container (R-ACC-1): the xlsx template downloads, reads back (the
 * spreadsheet libraries wire in OSGi), a CSV import reports its bad rows, and the lists mask ID numbers and phones.
 */
public class GraduateImportIT extends JiuyeTestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    public void aSchoolAdminImportsItsGraduatesAndCollegeAdminsSeeTheirOwnMasked() throws Exception {
        Rest rest = api();
        String operator = loginOperator(rest);
        String u = unique();
        String school = rest.post("/schools", operator, Map.of("code", "G" + u, "name", "导入测试大学"))
                .expect(201).body().path("id").asText();
        String cs = rest.post("/schools/" + school + "/colleges", operator, Map.of("code", "CS", "name", "计算机学院"))
                .expect(201).body().path("id").asText();
        String ee = rest.post("/schools/" + school + "/colleges", operator, Map.of("code", "EE", "name", "电气学院"))
                .expect(201).body().path("id").asText();
        rest.post("/colleges/" + cs + "/majors", operator, Map.of("code", "080901", "name", "计算机科学与技术"))
                .expect(201);
        rest.post("/schools/" + school + "/cohorts", operator, Map.of("graduationYear", 2026, "current", true))
                .expect(201);
        String admin = user(rest, operator, "ga-" + u, "SCHOOL_ADMIN", school, null);
        String csAdmin = user(rest, operator, "gc-" + u, "COLLEGE_ADMIN", school, cs);
        String eeAdmin = user(rest, operator, "ge-" + u, "COLLEGE_ADMIN", school, ee);

        Rest.Download template = rest.download("/schools/" + school + "/graduate-imports/template", admin);
        assertEquals(200, template.status());
        assertTrue(template.contentType(), template.contentType().startsWith(XLSX));
        assertTrue(template.disposition(), template.disposition().contains("graduates-template.xlsx"));

        // the template's own example row is a valid graduate of college CS
        JsonNode fromTemplate = rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", admin,
                XLSX, template.bytes()).expect(200).body();
        assertEquals(fromTemplate.toString(), 1, fromTemplate.path("created").asInt());

        String csv = "学号,姓名,身份证号,学院代码,学历层次,培养方式,手机号码\n"
                + "2026100,李四,11010519491231002X,EE,硕士,非定向,13912345678\n"
                + "2026101,王五,110105194912310021,EE,本科,非定向,\n";
        JsonNode report = rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", admin,
                "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200).body();
        assertEquals(report.toString(), 1, report.path("created").asInt());
        assertEquals(3, report.path("problems").get(0).path("row").asInt());
        assertEquals("ID_NUMBER_INVALID", report.path("problems").get(0).path("code").asText());
        assertEquals("身份证号", report.path("problems").get(0).path("column").asText());

        assertEquals(2, rest.get("/schools/" + school + "/graduates?graduationYear=2026", admin).expect(200)
                .items().size());

        // a background import: 202 with the job, then its progress until done
        String more = "学号,姓名,身份证号,学院代码,学历层次,培养方式\n2026200,赵六,11010519491231002X,CS,本科,非定向\n";
        JsonNode job = rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026&background=true",
                admin, "text/csv", more.getBytes(StandardCharsets.UTF_8)).expect(202).body();
        String jobPath = "/schools/" + school + "/graduate-imports/" + job.path("id").asText();
        await("import job done", CHANGE_TIMEOUT,
                () -> !rest.get(jobPath, admin).expect(200).body().path("state").asText().equals("RUNNING"));
        JsonNode done = rest.get(jobPath, admin).expect(200).body();
        assertEquals(done.toString(), "DONE", done.path("state").asText());
        assertEquals("ID_NUMBER_TAKEN", done.path("report").path("problems").get(0).path("code").asText());
        List<JsonNode> ees = rest.get("/schools/" + school + "/graduates", eeAdmin).expect(200).items();
        assertEquals(1, ees.size());
        assertEquals("李四", ees.get(0).path("name").asText());
        assertEquals("110105********002X", ees.get(0).path("idNumber").asText());
        assertEquals("139****5678", ees.get(0).path("phone").asText());
        assertEquals("OUT_OF_SCOPE", rest.get("/schools/" + school + "/graduates?collegeId=" + ee, csAdmin)
                .expect(403).code());
        rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", csAdmin, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(403);
    }

    private String user(Rest rest, String operator, String username, String role, String school, String college)
            throws Exception {
        String password = strongPassword();
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName",
                username, "role", role, "schoolId", school, "password", password));
        if (college != null) {
            body.put("collegeId", college);
        }
        rest.post("/users", operator, body).expect(201);
        return login(rest, username, password);
    }
}
