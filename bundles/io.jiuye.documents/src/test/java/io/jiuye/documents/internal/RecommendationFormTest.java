package io.jiuye.documents.internal;

import static io.jiuye.documents.internal.TestPlugins.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.document.DocumentError;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recommendation form (推荐表, R-REC-1) rendered for 张三 with the font the project installs: the Chinese text
 * is really there (extracted back), really drawn (dark pixels where the name is, different for another name), in an
 * embedded subset, and the form's limits hold.
 */
class RecommendationFormTest {
    static final Path FONT = Path.of(System.getProperty("jiuye.test.fontPath", DocumentFont.DEFAULT_PATH));
    static final String SELF = "本人性格开朗，做事认真负责，具有较强的团队协作与组织管理能力。在校期间担任班长，组织过多次志愿服务和社会实践活动；"
            + "熟练使用 Python、SQL 和 Excel 进行数据分析，英语六级，能阅读英文文献。热爱公共管理事业，希望在基层政府或公共服务机构发挥所长，"
            + "踏实工作，不断学习，为社会贡献自己的力量。";

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        assertTrue(Files.isRegularFile(FONT), "no CJK font at " + FONT + ": " + DocumentFont.INSTALL_HINT);
        long t0 = System.nanoTime();
        pdf = service().render(FORM, zhangSan(), Locale.SIMPLIFIED_CHINESE);
        System.out.printf("recommendation form: %d bytes, first render %d ms%n", pdf.length,
                (System.nanoTime() - t0) / 1_000_000);
    }

    static PdfDocumentService service() {
        return service(FONT.toString());
    }

    static PdfDocumentService service(String fontPath) {
        PluginTemplates templates = new PluginTemplates();
        templates.add(TestPlugins.national(), TestPlugins.bundle("io.jiuye.plugin.national"));
        String face = fontPath.equals(DocumentFont.DEFAULT_PATH) ? DocumentFont.DEFAULT_NAME : "";
        return new PdfDocumentService(templates, new DocumentFont(fontPath, face));
    }

    static Map<String, Object> zhangSan() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schoolName", "重庆大学");
        d.put("name", "张三");
        d.put("gender", "M");
        d.put("ethnicity", "汉族");
        d.put("birthMonth", YearMonth.of(2002, 7));
        d.put("politicalStatus", "共青团员");
        d.put("maritalStatus", "未婚");
        d.put("origin", "重庆市渝中区");
        d.put("educationLevel", "本科");
        d.put("college", "公共管理学院");
        d.put("major", "行政管理");
        d.put("secondMajor", "法学");
        d.put("className", "行管2020级1班");
        d.put("studentNumber", "20200123456");
        d.put("foreignLanguage", "英语六级（CET-6）");
        d.put("computerLevel", "全国计算机二级");
        d.put("entryDate", YearMonth.of(2020, 9));
        d.put("graduationDate", YearMonth.of(2024, 6));
        d.put("address", "重庆市沙坪坝区沙正街174号重庆大学A区");
        d.put("postcode", "400044");
        d.put("phone", "138 0013 8000");
        d.put("email", "zhangsan@example.edu.cn");
        d.put("history", List.of("2020年9月-2024年6月，重庆大学，行政管理", "2022年7月-2022年8月，重庆市渝中区人民政府，实习生"));
        d.put("awards", "2021.05，优秀共青团员，共青团重庆大学委员会\n2022.12，优秀学生综合奖学金，重庆大学");
        d.put("selfRecommendation", SELF);
        d.put("photo", photo());
        return d;
    }

    @Test
    void chineseTextCanBeExtracted() throws IOException {
        String text = text(pdf);
        for (String expected : List.of("重庆大学毕业生就业推荐表", "张三", "男", "汉族", "2002-07", "共青团员", "重庆市渝中区",
                "公共管理学院", "行政管理", "20200123456", "英语六级（CET-6）", "400044", "zhangsan@example.edu.cn",
                "2020年9月-2024年6月，重庆大学，行政管理", "优秀学生综合奖学金", "本人性格开朗", "（盖章）")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void nameIsDrawnWithRealGlyphs() throws IOException {
        BufferedImage zhang = page1(pdf, 150);
        ImageIO.write(page1(pdf, 110), "png", Path.of("target", "recommendation-form.png").toFile());

        float[] box = position(pdf, "张三");
        int dark = darkPixels(zhang, box, 150);
        assertTrue(dark > 40, "only " + dark + " dark pixels where 张三 is drawn");

        // empty boxes (.notdef) would look the same for any name: another name must draw differently there
        Map<String, Object> li = zhangSan();
        li.put("name", "李四");
        byte[] other = service().render(FORM, li, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(box[0], box[1]), List.of(position(other, "李四")[0], position(other, "李四")[1]));
        int different = differentPixels(zhang, page1(other, 150), box, 150);
        assertTrue(different > 40, "张三 and 李四 look alike: " + different + " pixels differ");

        // a form without a name is refused rather than printed
        Map<String, Object> none = zhangSan();
        none.remove("name");
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().render(FORM, none, Locale.CHINA));
        assertEquals(List.of(FieldError.of("name", "REQUIRED")), e.fieldErrors());
    }

    @Test
    void fontIsAnEmbeddedSubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName n : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(n));
            }
            assertEquals(1, fonts.size(), "one font for everything");
            PDType0Font font = (PDType0Font) fonts.get(0);
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.getName());
            assertNotNull(font.getDescendantFont().getFontDescriptor().getFontFile2(), "TrueType glyphs embedded");
            assertTrue(font.isEmbedded());
        }
        long fontSize = Files.size(FONT);
        assertTrue(pdf.length < 200_000 && pdf.length * 20L < fontSize,
                "PDF " + pdf.length + " bytes, font file " + fontSize + " bytes: not a subset?");
    }

    @Test
    void personalHistoryHasAtMostFourLines() {
        Map<String, Object> d = zhangSan();
        d.put("history", List.of("2016-2020 甲", "2020-2021 乙", "2021-2022 丙", "2022-2023 丁", "2023-2024 戊"));
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().render(FORM, d, Locale.CHINA));
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
        assertEquals(List.of(FieldError.of("history", "TOO_MANY_LINES", 4)), e.fieldErrors());

        // blank lines do not count; four lines are fine
        d.put("history", "2016-2020 甲\n\n2020-2021 乙\n2021-2022 丙\n2022-2023 丁\n");
        service().check(FORM, d);
    }

    @Test
    void awardsHaveAtMostFourLines() {
        Map<String, Object> d = zhangSan();
        d.put("awards", "一\n二\n三\n四\n五");
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().check(FORM, d));
        assertEquals(List.of(FieldError.of("awards", "TOO_MANY_LINES", 4)), e.fieldErrors());
    }

    @Test
    void selfRecommendationHasAtMost300Characters() throws IOException {
        Map<String, Object> d = zhangSan();
        d.put("selfRecommendation", "好".repeat(301));
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().render(FORM, d, Locale.CHINA));
        assertEquals(List.of(FieldError.of("selfRecommendation", "TOO_LONG", 300)), e.fieldErrors());

        // 300 characters (counted as a person counts them, line breaks aside) fit in the box
        d.put("selfRecommendation", "好".repeat(150) + "\n" + "学".repeat(150));
        String text = text(service().render(FORM, d, Locale.CHINA)).replaceAll("\\s", "");
        assertTrue(text.contains("好".repeat(150) + "学".repeat(150)), "all 300 characters printed");
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        Map<String, Object> d = zhangSan();
        d.remove("name");
        d.put("postcode", "4000440");
        d.put("photo", new byte[] {1, 2, 3, 4, 5});
        d.put("history", Map.of("not", "lines"));
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().check(FORM, d));
        assertEquals(List.of(FieldError.of("name", "REQUIRED"), FieldError.of("photo", "PHOTO_INVALID"),
                FieldError.of("postcode", "TOO_LONG", 6), FieldError.of("history", "INVALID")), e.fieldErrors());
    }

    @Test
    void characterMissingFromTheFontIsNamed() {
        Map<String, Object> d = zhangSan();
        d.put("name", "张\uD83D\uDE00");
        JiuyeException e = assertThrows(JiuyeException.class, () -> service().render(FORM, d, Locale.CHINA));
        assertEquals(List.of(FieldError.of("name", "GLYPH_MISSING", "\uD83D\uDE00", "U+1F600")), e.fieldErrors());
    }

    @Test
    void missingFontIsAClearError() {
        DocumentFont.resetLogged();
        PdfDocumentService service = service("/nonexistent/fonts/wqy-microhei.ttc");
        JiuyeException e = assertThrows(JiuyeException.class,
                () -> service.render(FORM, zhangSan(), Locale.CHINA));
        assertEquals(DocumentError.DOCUMENT_FONT_UNAVAILABLE, e.error());
        assertEquals(503, e.error().status());
        assertEquals(List.of("/nonexistent/fonts/wqy-microhei.ttc"), e.args());
        // checking data needs no font
        service.check(FORM, zhangSan());
    }

    @Test
    void wrongFaceNameIsAClearError() {
        PluginTemplates templates = new PluginTemplates();
        templates.add(TestPlugins.national(), TestPlugins.bundle("io.jiuye.plugin.national"));
        PdfDocumentService service = new PdfDocumentService(templates, new DocumentFont(FONT.toString(), "NoSuchFace"));
        JiuyeException e = assertThrows(JiuyeException.class, () -> service.render(FORM, zhangSan(), Locale.CHINA));
        assertEquals(DocumentError.DOCUMENT_FONT_UNAVAILABLE, e.error());
    }

    @Test
    void englishLabelsForAnEnglishLocale() throws IOException {
        byte[] english = service().render(FORM, zhangSan(), Locale.ENGLISH);
        ImageIO.write(page1(english, 110), "png", Path.of("target", "recommendation-form-en.png").toFile());
        // headings are turned a quarter, which the text stripper breaks into pieces: compare without white space
        String text = text(english).replaceAll("\\s", "");
        for (String expected : List.of("重庆大学 Graduate Recommendation Form", "Name", "Male", "张三",
                "Self-recommendation")) {
            assertTrue(text.contains(expected.replaceAll("\\s", "")), () -> "missing " + expected + " in:\n" + text);
        }
    }

    @Test
    void rendersQuicklyOnceWarm() {
        PdfDocumentService service = service();
        service.render(FORM, zhangSan(), Locale.CHINA);
        long t0 = System.nanoTime();
        int n = 5;
        for (int i = 0; i < n; i++) {
            service.render(FORM, zhangSan(), Locale.CHINA);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000 / n;
        System.out.printf("recommendation form: %d ms a render when warm%n", ms);
        assertTrue(ms < 2000, ms + " ms a render");
    }

    // ------------------------------------------------------------------ helpers

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static BufferedImage page1(byte[] pdf, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    /** Where the text is on page 1, in points from the top left: x, baseline y, width, font size. */
    static float[] position(byte[] pdf, String wanted) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                all.addAll(positions);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        StringBuilder chars = new StringBuilder();
        all.forEach(p -> chars.append(p.getUnicode().length() == 1 ? p.getUnicode() : "?"));
        int at = chars.indexOf(wanted);
        assertTrue(at >= 0, wanted + " not on page 1");
        TextPosition first = all.get(at);
        TextPosition last = all.get(at + wanted.length() - 1);
        return new float[] {first.getXDirAdj(), first.getYDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), first.getFontSizeInPt()};
    }

    private static int darkPixels(BufferedImage image, float[] box, int dpi) {
        int[] r = region(box, dpi, image);
        int dark = 0;
        for (int x = r[0]; x < r[2]; x++) {
            for (int y = r[1]; y < r[3]; y++) {
                if (luminance(image.getRGB(x, y)) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static int differentPixels(BufferedImage a, BufferedImage b, float[] box, int dpi) {
        int[] r = region(box, dpi, a);
        int different = 0;
        for (int x = r[0]; x < r[2]; x++) {
            for (int y = r[1]; y < r[3]; y++) {
                if (Math.abs(luminance(a.getRGB(x, y)) - luminance(b.getRGB(x, y))) > 64) {
                    different++;
                }
            }
        }
        return different;
    }

    /** The text's box in pixels: from one font size above the baseline to a fifth below it. */
    private static int[] region(float[] box, int dpi, BufferedImage image) {
        float scale = dpi / 72f;
        int x0 = Math.max(0, Math.round(box[0] * scale));
        int x1 = Math.min(image.getWidth(), Math.round((box[0] + box[2]) * scale));
        int y0 = Math.max(0, Math.round((box[1] - box[3]) * scale));
        int y1 = Math.min(image.getHeight(), Math.round((box[1] + box[3] / 5) * scale));
        assertTrue(x1 - x0 > 5 && y1 - y0 > 5, "text box too small: " + java.util.Arrays.toString(box));
        return new int[] {x0, y0, x1, y1};
    }

    private static int luminance(int rgb) {
        return (int) (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
    }

    /** A small passport-style photo: a grey head and shoulders on blue. */
    static byte[] photo() {
        BufferedImage img = new BufferedImage(150, 210, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x3b, 0x7d, 0xd8));
        g.fillRect(0, 0, 150, 210);
        g.setColor(new Color(0x40, 0x40, 0x40));
        g.fillOval(45, 40, 60, 75);
        g.fillRoundRect(20, 125, 110, 120, 60, 60);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
