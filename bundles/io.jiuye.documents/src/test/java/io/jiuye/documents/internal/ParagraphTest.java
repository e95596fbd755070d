package io.jiuye.documents.internal;

import static io.jiuye.documents.internal.TestPlugins.FORM;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the self-recommendation is set: Chinese line-breaking rules, long Latin words, several paragraphs. */
class ParagraphTest {

    private static List<String> printedLines(String self) throws IOException {
        Map<String, Object> d = RecommendationFormTest.zhangSan();
        d.put("selfRecommendation", self);
        String text = RecommendationFormTest.text(RecommendationFormTest.service().render(FORM, d, Locale.CHINA));
        return text.lines().toList();
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        // the first line (indented by two) holds 44 characters: the full stop would start the second line
        String self = "甲".repeat(44) + "。" + "乙".repeat(46) + "，" + "丙".repeat(80) + "。";
        List<String> lines = printedLines(self);
        for (String line : lines) {
            assertFalse(line.startsWith("。") || line.startsWith("，"), "line starts with punctuation: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("甲。")), "the stop took its character along: " + lines);
    }

    @Test
    void longWordsAreCutAndParagraphsKept() throws IOException {
        String url = "https://example.edu.cn/" + "x".repeat(120);
        List<String> lines = printedLines("第一段。\n" + url + "\n第三段。");
        String all = String.join("", lines);
        assertTrue(all.contains(url), "the long word is printed whole across lines");
        assertTrue(lines.contains("第一段。") && lines.contains("第三段。"), "paragraphs stay apart: " + lines);
    }
}
