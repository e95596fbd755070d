package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.Registration;
import io.jiuye.api.document.DocumentService;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recommendation forms (R-REC-1..2): pre-filled draft, limits, photo, college review, PDF only once approved. */
class RecommendationFormTest {
    private static final byte[] PNG = io.jiuye.core.internal.TestImages.png(60, 80);
    private static final ContributionId NATIONAL = ContributionId.of("national", "recommendation-form", 1);
    private static final ContributionId SCHOOL_OWN = ContributionId.of("cqu", "recommendation-form", 1);

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private Principal zhang;
    private final List<Map<String, ?>> rendered = new ArrayList<>();
    private final List<ContributionId> templatesUsed = new ArrayList<>();

    /** Checks what the national template would (300 characters, 4 lines) and records what it renders. */
    private final DocumentService documents = new DocumentService() {
        @Override
        public byte[] render(ContributionId template, Map<String, ?> data, Locale locale) {
            check(template, data);
            rendered.add(data);
            templatesUsed.add(template);
            return ("%PDF-" + data.get("name")).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void check(ContributionId template, Map<String, ?> data) {
            List<JiuyeException.FieldError> faults = new ArrayList<>();
            if (data.get("address") == null) {
                faults.add(JiuyeException.FieldError.of("address", "REQUIRED"));
            }
            Object self = data.get("selfRecommendation");
            if (self != null && self.toString().length() > 300) {
                faults.add(JiuyeException.FieldError.of("selfRecommendation", "TOO_LONG", 300));
            }
            Object history = data.get("history");
            if (history != null && history.toString().split("\n").length > 4) {
                faults.add(JiuyeException.FieldError.of("history", "TOO_MANY_LINES", 4));
            }
            if (!faults.isEmpty()) {
                throw JiuyeException.invalid(faults);
            }
        }
    };

    static PluginDescriptor templates(String pluginId, boolean baseline) {
        return new PluginDescriptor(pluginId, "1", LocalizedText.of(pluginId, pluginId), baseline,
                List.of(new DocumentTemplateDefinition(ContributionId.of(pluginId, "recommendation-form", 1),
                        LocalizedText.of("推荐表", "Form"), "recommendation-form", "templates/form.json",
                        DocumentService.LAYOUT)), null, null);
    }

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        p.install(templates("national", true));
        m.recommendations.setDocuments(documents);
        s = p.school("S1");
        p.tenancy.createMajor(TestPlatform.operator(), s.collegeA.id(), "120402", "行政管理");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1)
                + ",A,120402,本科,非定向,行管1班,15800002340,zs@example.com\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        m.registrations.register(new Registration(s.school.id(), 2026, "2026001", "张三", null, null,
                "Zhang3san".toCharArray()), null);
        zhang = p.auth.authenticate(p.auth.login("2026001@S1", "Zhang3san".toCharArray(), null).token());
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private static void assertRefused(CoreError code, Runnable r) {
        assertEquals(code, assertThrows(JiuyeException.class, r::run).error());
    }

    @Test
    void aDraftIsPrefilledFromTheRecordWhoseFieldsStayReadOnly() {
        RecommendationForm form = m.recommendations.mine(zhang);
        assertEquals(SourceState.NOT_SUBMITTED, form.state());
        assertEquals("张三", form.fields().get("name"));
        assertEquals("行政管理", form.fields().get("major"));
        assertEquals("学院A", form.fields().get("college"));
        assertEquals("M", form.fields().get("gender"));
        assertEquals("15800002340", form.fields().get("phone"));
        RecommendationForm f = form;
        assertRefused(CoreError.VALIDATION_FAILED, () -> m.recommendations.save(zhang, Map.of("name", "李四"),
                f.version()));
        form = m.recommendations.save(zhang, Map.of("ethnicity", "汉族", "phone", " ", "history",
                "2022年9月-2026年6月，示范大学\n2024年7月，实习"), form.version());
        assertEquals("汉族", form.fields().get("ethnicity"));
        assertTrue(!form.fields().containsKey("phone"), "a blank value clears the field");
    }

    @Test
    void aDraftMayBeIncompleteButASubmissionMayNot() {
        RecommendationForm form = m.recommendations.mine(zhang);
        form = m.recommendations.save(zhang, Map.of("ethnicity", "汉族"), form.version());
        RecommendationForm draft = form;
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.recommendations.submit(zhang, draft.version()));
        assertEquals("REQUIRED", e.fieldErrors().get(0).code());
        form = m.recommendations.save(zhang, Map.of("address", "重庆市沙坪坝区"), form.version());
        assertEquals(SourceState.IN_REVIEW, m.recommendations.submit(zhang, form.version()).state());
    }

    @Test
    void theTemplatesLimitsApplyWhenSaving() {
        RecommendationForm form = m.recommendations.mine(zhang);
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.recommendations.save(zhang,
                Map.of("selfRecommendation", "好".repeat(301)), form.version()));
        assertEquals("TOO_LONG", e.fieldErrors().get(0).code());
        e = assertThrows(JiuyeException.class, () -> m.recommendations.save(zhang, Map.of("history", "1\n2\n3\n4\n5"),
                form.version()));
        assertEquals("TOO_MANY_LINES", e.fieldErrors().get(0).code());
        assertEquals("好".repeat(300), m.recommendations.save(zhang, Map.of("selfRecommendation", "好".repeat(300)),
                form.version()).fields().get("selfRecommendation"));
    }

    @Test
    void thePhotoIsCheckedByContent() {
        RecommendationForm form = m.recommendations.mine(zhang);
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.recommendations.setPhoto(zhang,
                "GIF89a-not-allowed".getBytes(StandardCharsets.US_ASCII), form.version()));
        assertEquals("photo", e.fieldErrors().get(0).field());
        assertEquals("FILE_TYPE_NOT_ALLOWED", e.fieldErrors().get(0).code());
        byte[] truncated = java.util.Arrays.copyOf(PNG, PNG.length - 20);
        e = assertThrows(JiuyeException.class, () -> m.recommendations.setPhoto(zhang, truncated, form.version()));
        assertEquals("FILE_DAMAGED", e.fieldErrors().get(0).code());
        RecommendationForm withPhoto = m.recommendations.setPhoto(zhang, PNG, form.version());
        assertTrue(withPhoto.hasPhoto());
        // a new photo replaces the old one: the slot holds one, the old one is deleted by the graduate (audited)
        byte[] jpeg = io.jiuye.core.internal.TestImages.jpeg(60, 80);
        assertTrue(m.recommendations.setPhoto(zhang, jpeg, withPhoto.version()).hasPhoto());
        assertEquals(1L, (long) p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(s) FROM SecurityEvent s"
                + " WHERE s.event = 'FILE_DELETED'", Long.class).getSingleResult()));
    }

    @Test
    void submittedToTheCollegeAndPrintedOnlyOnceApproved() {
        RecommendationForm form = m.recommendations.mine(zhang);
        form = m.recommendations.save(zhang, Map.of("address", "重庆市沙坪坝区"), form.version());
        form = m.recommendations.setPhoto(zhang, PNG, form.version());
        assertTrue(new String(m.recommendations.preview(zhang, Locale.CHINA), StandardCharsets.UTF_8)
                .endsWith("张三"), "the draft previews any time");
        form = m.recommendations.submit(zhang, form.version());
        assertEquals(SourceState.IN_REVIEW, form.state());
        String graduateId = form.graduateId();
        RecommendationForm inReview = form;
        assertRefused(CoreError.RECOMMENDATION_FORM_LOCKED, () -> m.recommendations.save(zhang,
                Map.of("ethnicity", "回族"), inReview.version()));
        assertRefused(CoreError.RECOMMENDATION_FORM_NOT_APPROVED, () -> m.recommendations.pdf(zhang, graduateId,
                Locale.CHINA));
        assertRefused(CoreError.NOT_FOUND, () -> m.recommendations.pdf(s.adminB, graduateId, Locale.CHINA));

        String item = form.reviewItemId();
        p.reviews.act(s.adminA, item, ReviewAction.APPROVE, p.reviews.get(s.adminA, item).version(), "同意推荐");
        assertEquals(SourceState.APPROVED, m.recommendations.mine(zhang).state());
        byte[] pdf = m.recommendations.pdf(zhang, graduateId, Locale.CHINA);
        assertEquals("%PDF-张三", new String(pdf, StandardCharsets.UTF_8));
        assertArrayEquals(PNG, (byte[]) rendered.get(rendered.size() - 1).get("photo"));
        assertEquals("学校S1", rendered.get(rendered.size() - 1).get("schoolName"));
        m.recommendations.pdf(s.adminA, graduateId, Locale.CHINA);
        assertEquals(NATIONAL, templatesUsed.get(templatesUsed.size() - 1));
    }

    @Test
    void aSchoolsOwnTemplateComesBeforeTheNationalDefault() {
        p.install(templates("cqu", false));
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "cqu", true);
        m.recommendations.save(zhang, Map.of("address", "重庆市"), m.recommendations.mine(zhang).version());
        m.recommendations.preview(zhang, Locale.CHINA);
        assertEquals(SCHOOL_OWN, templatesUsed.get(0));
    }

    @Test
    void withoutTheDocumentServiceFormsStillSaveButDoNotPrint() {
        m.recommendations.unsetDocuments(documents);
        RecommendationForm form = m.recommendations.mine(zhang);
        m.recommendations.save(zhang, Map.of("ethnicity", "汉族"), form.version());
        assertRefused(CoreError.DOCUMENTS_UNAVAILABLE, () -> m.recommendations.preview(zhang, Locale.CHINA));
        assertRefused(CoreError.FORBIDDEN, () -> m.recommendations.mine(s.adminA));
    }
}
