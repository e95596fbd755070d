package io.jiuye.itests;

import static org.junit.Assert.assertTrue;

import io.jiuye.api.document.DocumentService;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.itests.support.JiuyeTestSupport;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

/**
 * The document service in the real container: the national plugin's recommendation form (R-REC-1) renders as a PDF
 * whose text holds the student's Chinese name, so font, PDFBox and template loading all wire in OSGi.
 */
public class DocumentIT extends JiuyeTestSupport {

    @Inject
    protected DocumentService documents;

    @Test
    public void theNationalRecommendationFormRendersChinese() throws Exception {
        byte[] pdf = documents.render(ContributionId.parse("national:recommendation-form@1"), Map.of(
                "schoolName", "示范大学", "name", "张三", "gender", "M", "college", "计算机学院",
                "major", "计算机科学与技术", "studentNumber", "2026001", "address", "重庆市沙坪坝区沙正街174号",
                "postcode", "400044", "history", "2022年9月-2026年6月，示范大学，计算机科学与技术"), Locale.CHINA);
        assertTrue("a PDF", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("张三"));
            assertTrue(text, text.contains("示范大学毕业生就业推荐表"));
        }
    }
}
