package io.jiuye.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.document.DocumentService;
import io.jiuye.api.plugin.ContributionId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A template taller than a page goes on over pages, numbered; a section is never split. */
class PagesTest {

    @Test
    void sectionsThatDoNotFitStartANewPage() throws IOException {
        ContributionId report = ContributionId.of("example", "long-report", 1);
        PluginTemplates templates = new PluginTemplates();
        templates.add(TestPlugins.plugin("example",
                TestPlugins.template(report, "templates/long-report.json", DocumentService.LAYOUT)),
                TestPlugins.bundle("io.jiuye.plugin.example"));
        PdfDocumentService service = new PdfDocumentService(templates,
                new DocumentFont(RecommendationFormTest.FONT.toString(), ""));

        byte[] pdf = service.render(report, Map.of("name", "王五", "part1", "实习第一周，熟悉单位的工作流程。",
                "part2", "第二周开始参与项目。", "part3", "总结与体会。"), Locale.CHINA);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
        }
        String text = RecommendationFormTest.text(pdf);
        assertTrue(text.contains("第 1 页，共 2 页") && text.contains("第 2 页，共 2 页"), text);
        assertTrue(text.contains("总结与体会。"), text);
        javax.imageio.ImageIO.write(RecommendationFormTest.page1(pdf, 50), "png",
                Path.of("target", "long-report-page1.png").toFile());
    }
}
