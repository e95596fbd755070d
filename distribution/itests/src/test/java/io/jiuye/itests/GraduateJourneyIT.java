package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * A graduate's way through the API across roles: the school imports the cohort, the student registers (a mismatch
 * first), completes and submits source information, the college returns it, the student corrects and resubmits,
 * college and school approve; the change log and the trail tell the story, and nobody sees another's record.
 */
public class GraduateJourneyIT extends JiuyeTestSupport {

    @Test
    public void importRegisterSubmitReturnResubmitApprove() throws Exception {
        Rest rest = api();
        String operator = loginOperator(rest);
        String code = "J" + unique().substring(0, 6);
        String school = rest.post("/schools", operator, Map.of("code", code, "name", "旅程测试大学"))
                .expect(201).body().path("id").asText();
        String college = rest.post("/schools/" + school + "/colleges", operator, Map.of("code", "PA", "name",
                "公共管理学院")).expect(201).body().path("id").asText();
        rest.post("/schools/" + school + "/cohorts", operator, Map.of("graduationYear", 2026)).expect(201);
        String admin = user(rest, operator, "ja-" + code, "SCHOOL_ADMIN", school, null);
        String collegeAdmin = user(rest, operator, "jc-" + code, "COLLEGE_ADMIN", school, college);

        String csv = "学号,姓名,身份证号,学院代码,学历层次,培养方式\n"
                + "201508102026,杨龙,11010519491231002X,PA,本科,非定向\n";
        rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", admin, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(200);

        Map<String, Object> registration = new HashMap<>(Map.of("schoolId", school, "graduationYear", 2026,
                "studentNumber", "201508102026", "name", "杨虎", "password", "Yang1ong!"));
        assertEquals("REGISTRATION_NO_MATCH", rest.post("/registrations", null, registration).expect(422).code());
        registration.put("name", "杨龙");
        assertEquals("201508102026@" + code, rest.post("/registrations", null, registration).expect(201).body()
                .path("username").asText());
        assertEquals("ALREADY_REGISTERED", rest.post("/registrations", null, registration).expect(409).code());
        String student = login(rest, "201508102026@" + code, "Yang1ong!");

        JsonNode info = rest.get("/me/source-info", student).expect(200).body();
        assertEquals("NOT_SUBMITTED", info.path("state").asText());
        Map<String, Object> fields = new HashMap<>(Map.of("version", info.path("version").asLong(),
                "hukouToSchool", true, "archiveToSchool", true, "qq", "10001", "homePostcode", "400044",
                "email", "yanglong@example.com", "phone", "15800002340", "homePhone", "023-65102278",
                "homeAddress", "重庆市沙坪坝区"));
        info = rest.put("/me/source-info", student, fields).expect(200).body();
        info = rest.post("/me/source-info/submit", student, Map.of("version", info.path("version").asLong()))
                .expect(200).body();
        assertEquals("IN_REVIEW", info.path("state").asText());
        String item = info.path("reviewItemId").asText();

        JsonNode waiting = rest.get("/review-items/" + item, collegeAdmin).expect(200).body();
        assertEquals("college", waiting.path("stepKey").asText());
        rest.post("/review-items/" + item + "/return", collegeAdmin, Map.of("version",
                waiting.path("version").asLong(), "remark", "家庭地址请详细到门牌号")).expect(200);
        info = rest.get("/me/source-info", student).expect(200).body();
        assertEquals("RETURNED", info.path("state").asText());
        info = rest.put("/me/source-info", student, Map.of("version", info.path("version").asLong(),
                "homeAddress", "重庆市沙坪坝区沙正街174号")).expect(200).body();
        rest.post("/me/source-info/submit", student, Map.of("version", info.path("version").asLong())).expect(200);

        long v = rest.get("/review-items/" + item, collegeAdmin).expect(200).body().path("version").asLong();
        v = rest.post("/review-items/" + item + "/approve", collegeAdmin, Map.of("version", v)).expect(200).body()
                .path("version").asLong();
        assertEquals("APPROVED", rest.post("/review-items/" + item + "/approve", admin, Map.of("version", v))
                .expect(200).body().path("state").asText());
        assertEquals("APPROVED", rest.get("/me/source-info", student).expect(200).body().path("state").asText());

        // R-ACC-3: the phone of the approved record is confirmed by SMS code (read from the outbox by the operator)
        assertTrue(codes(rest.get("/me/signing-eligibility", student).expect(200).body())
                .contains("PHONE_NOT_VERIFIED"));
        assertFalse(rest.get("/me/phone-verification", student).expect(200).body().path("verified").asBoolean());
        rest.post("/me/phone-verification/code", student, Map.of()).expect(202);
        assertEquals("CODE_RATE_LIMITED", rest.post("/me/phone-verification/code", student, Map.of()).expect(429)
                .code());
        assertEquals("FORBIDDEN", rest.get("/outbox?recipient=15800002340", student).expect(403).code());
        String smsCode = lastCode(rest.get("/outbox?recipient=15800002340", operator).expect(200));
        assertEquals("CODE_INVALID", rest.post("/me/phone-verification", student, Map.of("code",
                smsCode.equals("000000") ? "111111" : "000000")).expect(422).code());
        assertTrue(rest.post("/me/phone-verification", student, Map.of("code", smsCode)).expect(200).body()
                .path("verified").asBoolean());
        assertFalse(codes(rest.get("/me/signing-eligibility", student).expect(200).body())
                .contains("PHONE_NOT_VERIFIED"));

        // R-ACC-4: login with the confirmed phone; recovery by e-mail code; change with the current password
        String byPhone = login(rest, "15800002340", "Yang1ong!");
        assertEquals(202, rest.post("/password-resets", null, Map.of("username", "nobody@" + code)).status());
        assertEquals(202, rest.post("/password-resets", null, Map.of("username", "201508102026@" + code))
                .status());
        String mailCode = lastCode(rest.get("/outbox?recipient=yanglong@example.com", operator).expect(200));
        rest.post("/password-resets/confirm", null, Map.of("username", "201508102026@" + code, "code", mailCode,
                "newPassword", "Yang2long!")).expect(204);
        rest.get("/me", byPhone).expect(401);
        student = login(rest, "201508102026@" + code, "Yang2long!");
        rest.post("/me/password", student, Map.of("currentPassword", "Yang2long!", "newPassword", "Yang3long!"))
                .expect(204);
        student = login(rest, "201508102026@" + code, "Yang3long!");
        assertEquals("SOURCE_INFO_LOCKED", rest.put("/me/source-info", student, Map.of("version",
                rest.get("/me/source-info", student).body().path("version").asLong(), "qq", "10002"))
                .expect(409).code());

        // a correction after approval (R-SRC-4): qq changes at once, the address goes to the school
        JsonNode correction = rest.post("/me/source-info/corrections", student, Map.of("version",
                rest.get("/me/source-info", student).body().path("version").asLong(), "values",
                Map.of("qq", "10002", "homeAddress", "重庆市沙坪坝区沙正街174号A区"), "reason", "地址补全"))
                .expect(200).body();
        assertEquals("10002", correction.path("applied").path("qq").asText());
        String correctionItem = correction.path("reviewItemId").asText();
        // evidence goes to the file store: a whole PNG is kept and served as itself, the same PNG with a ZIP
        // appended (a polyglot) is refused
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                + "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        String evidencePath = "/me/source-info/corrections/" + correctionItem + "/evidence";
        assertEquals(1, rest.upload(evidencePath, student, "image/png", png).expect(201).body().path("count").asInt());
        byte[] zip = "PK\u0003\u0004payload.js".getBytes(StandardCharsets.ISO_8859_1);
        byte[] polyglot = java.util.Arrays.copyOf(png, png.length + zip.length);
        System.arraycopy(zip, 0, polyglot, png.length, zip.length);
        assertEquals("FILE_TRAILING_DATA", rest.upload(evidencePath, student, "image/png", polyglot).expect(422)
                .body().path("errors").get(0).path("code").asText());
        Rest.Download evidence = rest.download("/source-corrections/" + correctionItem + "/evidence/0", admin);
        assertEquals(200, evidence.status());
        assertEquals("image/png", evidence.contentType());
        assertTrue(java.util.Arrays.equals(png, evidence.bytes()));
        assertTrue(evidence.disposition(), evidence.disposition().endsWith("filename*=UTF-8''evidence-1.png"));
        JsonNode pending = rest.get("/review-items/" + correctionItem, admin).expect(200).body();
        assertEquals("重庆市沙坪坝区沙正街174号", pending.path("attributes").path("old.homeAddress").asText());
        rest.post("/review-items/" + correctionItem + "/approve", admin, Map.of("version",
                pending.path("version").asLong())).expect(200);
        assertEquals("重庆市沙坪坝区沙正街174号A区", rest.get("/me/source-info", student).expect(200).body()
                .path("homeAddress").asText());

        List<JsonNode> trail = rest.get("/review-items/" + item + "/trail", student).expect(200).items();
        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "APPROVE", "APPROVE"),
                trail.stream().map(t -> t.path("action").asText()).toList());
        String graduate = info.path("record").path("id").asText();
        List<JsonNode> changes = rest.get("/graduates/" + graduate + "/changes", collegeAdmin).expect(200).items();
        assertTrue(changes.stream().anyMatch(c -> c.path("field").asText().equals("homeAddress")
                && c.path("oldValue").asText().equals("重庆市沙坪坝区")
                && c.path("newValue").asText().equals("重庆市沙坪坝区沙正街174号")));

        // the recommendation form (R-REC-1..2): pre-filled, completed, approved by the college, printed in Chinese
        JsonNode form = rest.get("/me/recommendation-form", student).expect(200).body();
        assertEquals("杨龙", form.path("fields").path("name").asText());
        form = rest.put("/me/recommendation-form", student, Map.of("version", form.path("version").asLong(),
                "fields", Map.of("major", "行政管理", "ethnicity", "汉族", "history", "2015年9月-2019年6月，旅程测试大学，行政管理",
                        "selfRecommendation", "踏实肯干，乐于学习。"))).expect(200).body();
        // the photo goes to the file store and comes back into the printed form
        form = rest.replace("/me/recommendation-form/photo", student, "image/png", png, form.path("version").asLong())
                .expect(200).body();
        assertTrue(form.path("hasPhoto").asBoolean());
        form = rest.post("/me/recommendation-form/submit", student, Map.of("version", form.path("version")
                .asLong())).expect(200).body();
        String formItem = form.path("reviewItemId").asText();
        Rest.Download notYet = rest.download("/graduates/" + info.path("record").path("id").asText()
                + "/recommendation-form.pdf", student);
        assertEquals(409, notYet.status());
        assertTrue(new String(notYet.bytes(), StandardCharsets.UTF_8).contains("RECOMMENDATION_FORM_NOT_APPROVED"));
        long fv = rest.get("/review-items/" + formItem, collegeAdmin).expect(200).body().path("version").asLong();
        rest.post("/review-items/" + formItem + "/approve", collegeAdmin, Map.of("version", fv)).expect(200);
        Rest.Download pdf = rest.download("/graduates/" + info.path("record").path("id").asText()
                + "/recommendation-form.pdf", student);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("杨龙"));
            assertTrue(text, text.contains("旅程测试大学毕业生就业推荐表"));
            boolean hasImage = false;
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                hasImage |= doc.getPage(0).getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertTrue("the stored photo is printed", hasImage);
        }

        // another student of the school sees neither the record nor the item
        String other = user(rest, operator, "jo-" + code, "STUDENT", school, college);
        rest.get("/graduates/" + graduate, other).expect(404);
        rest.get("/review-items/" + item, other).expect(404);
        rest.get("/schools/" + school + "/graduates", other).expect(403);
    }

    private static java.util.List<String> codes(JsonNode eligibility) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        eligibility.path("reasons").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    /**
     * The code in the newest message: six digits standing alone. Digits inside a word do not count: the reset mail
     * names the account ({@code 201508102026@J1234ab}), whose school code may hold six digits in a row.
     */
    private static String lastCode(Rest.Response outbox) {
        String body = outbox.items().get(0).path("body").asText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\dA-Za-z@])\\d{6}(?!\\d)")
                .matcher(body);
        assertTrue(body, m.find());
        return m.group();
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
}
