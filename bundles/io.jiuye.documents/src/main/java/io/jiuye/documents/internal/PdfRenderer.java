package io.jiuye.documents.internal;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a checked layout filled with checked data as an A4 form: a centred title, then the sections as one ruled
 * table, each with its heading in a narrow left column (vertical for Chinese, turned for other scripts). Text that
 * does not fit its cell is set smaller, down to {@link #MIN_SIZE}; templates keep data short with their limits.
 */
final class PdfRenderer {
    static final String GLYPH_MISSING = "GLYPH_MISSING";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 36f;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float HEAD_W = 24f;
    private static final float ROW_H = 22f;
    private static final float LINE_H = 19f;
    private static final float CAPTION_H = 16f;
    private static final float PHOTO_W = 86f;
    private static final float PHOTO_MIN_H = 116f;
    private static final float PAD = 5f;
    private static final float TITLE_SIZE = 18f;
    private static final float MIN_SIZE = 6f;
    private static final float DEFAULT_PARAGRAPH_H = 120f;
    private static final float DEFAULT_BOX_H = 80f;
    private static final float LABEL_GRAY = 0.93f;
    private static final float HINT_GRAY = 0.45f;
    private static final float RULE = 0.5f;
    private static final float FRAME = 0.9f;
    private static final String CLOSING = "，。、；：！？）》」』”’〕】…,.;:!?)]}%";

    private final Layout layout;
    private final FormData data;
    private final Locale locale;
    private final DocumentFont.Face face;
    private final float size;
    private PDDocument doc;
    private PDType0Font font;
    private float mid;
    private float labelWidth = 52f;
    private PDPageContentStream cs;
    private float y;

    private PdfRenderer(Layout layout, FormData data, Locale locale, DocumentFont.Face face) {
        this.layout = layout;
        this.data = data;
        this.locale = locale;
        this.face = face;
        this.size = layout.bodySize();
    }

    /**
     * The PDF of the layout filled with the data; {@code VALIDATION_FAILED} with {@code GLYPH_MISSING} when a data
     * value has a character the font cannot print.
     */
    static byte[] render(Layout layout, FormData data, Locale locale, DocumentFont.Face face) throws IOException {
        checkGlyphs(data, face);
        return new PdfRenderer(layout, data, locale, face).draw();
    }

    private static void checkGlyphs(FormData data, DocumentFont.Face face) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : data.printed().entrySet()) {
            e.getValue().stream().flatMapToInt(String::codePoints)
                    .filter(cp -> !Character.isWhitespace(cp) && !face.canPrint(cp))
                    .findFirst()
                    .ifPresent(cp -> errors.add(FieldError.of(e.getKey(), GLYPH_MISSING,
                            new String(Character.toChars(cp)), String.format("U+%04X", cp))));
        }
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
    }

    private byte[] draw() throws IOException {
        try (PDDocument document = new PDDocument()) {
            this.doc = document;
            this.font = PDType0Font.load(document, face.font(), true);
            float ascent = font.getFontDescriptor().getAscent() / 1000f;
            float descent = font.getFontDescriptor().getDescent() / 1000f;
            // the baseline sits this far (in em) below the middle of a line of text
            this.mid = Math.max(0.25f, Math.min(0.45f, (ascent + descent) / 2));
            String title = safe(data.fill(layout.title().in(locale)));
            // one label width for all grids, so that their first label columns line up
            for (Layout.Section s : layout.sections()) {
                if (s instanceof Layout.Grid g) {
                    for (Layout.Field f : g.fields()) {
                        labelWidth = Math.max(labelWidth, width(safe(f.label().in(locale)), size) + PAD * 3);
                    }
                }
            }
            newPage();
            title(title);
            for (Layout.Section s : layout.sections()) {
                section(s);
            }
            cs.close();
            pageNumbers();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Jiuye");
            document.getDocumentCatalog().setLanguage(isEnglish() ? "en" : "zh-CN");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ------------------------------------------------------------------ pages

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Starts a new page unless the next {@code height} points fit on this one (or it is still empty). */
    private void room(float height) throws IOException {
        if (y - height < MARGIN + 12 && y < TOP) {
            newPage();
        }
    }

    private void pageNumbers() throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = s;
                String text = isEnglish() ? "Page " + (i + 1) + " of " + pages
                        : "第 " + (i + 1) + " 页，共 " + pages + " 页";
                centred(text, LEFT, RIGHT, MARGIN / 2 - 4, 8f, 12f, 0f);
            }
        }
    }

    private void title(String title) throws IOException {
        float s = fit(title, RIGHT - LEFT, TITLE_SIZE);
        float lineH = TITLE_SIZE * 1.6f;
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.setLineWidth(0.35f);
        centred(title, LEFT, RIGHT, y - lineH, s, lineH, 0f);
        cs.setRenderingMode(RenderingMode.FILL);
        y -= lineH + 8;
    }

    // ------------------------------------------------------------------ sections

    private void section(Layout.Section s) throws IOException {
        float h = height(s);
        room(h);
        float top = y;
        float bottom = y - h;
        float x = LEFT;
        String heading = s.title() == null ? "" : safe(data.fill(s.title().in(locale)));
        if (!heading.isEmpty()) {
            heading(heading, LEFT, bottom, h);
            x = LEFT + HEAD_W;
            vline(x, bottom, top);
        }
        if (s instanceof Layout.Grid g) {
            grid(g, x, bottom, top);
        } else if (s instanceof Layout.Lines l) {
            lines(l, x, bottom, top);
        } else if (s instanceof Layout.Paragraph p) {
            paragraph(p, x, bottom, top);
        } else if (s instanceof Layout.Boxes b) {
            boxes(b, x, bottom, top);
        }
        cs.setLineWidth(FRAME);
        cs.addRect(LEFT, bottom, RIGHT - LEFT, h);
        cs.stroke();
        y = bottom;
    }

    private float height(Layout.Section s) {
        if (s instanceof Layout.Grid g) {
            float h = rows(g).size() * ROW_H;
            return g.photo() == null ? h : Math.max(h, PHOTO_MIN_H);
        } else if (s instanceof Layout.Lines l) {
            return (l.caption() == null ? 0 : CAPTION_H) + l.maxLines() * LINE_H;
        } else if (s instanceof Layout.Paragraph p) {
            return p.height() == null ? DEFAULT_PARAGRAPH_H : p.height();
        } else if (s instanceof Layout.Boxes b) {
            return b.height() == null ? DEFAULT_BOX_H : b.height();
        }
        throw new IllegalStateException("unknown section " + s);
    }

    /** The grid's rows: {@code columns} fields each, a wide field alone. */
    private static List<List<Layout.Field>> rows(Layout.Grid g) {
        List<List<Layout.Field>> rows = new ArrayList<>();
        List<Layout.Field> row = new ArrayList<>();
        for (Layout.Field f : g.fields()) {
            if (f.wide() || row.size() == g.columnCount()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            }
            row.add(f);
            if (f.wide()) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void grid(Layout.Grid g, float left, float bottom, float top) throws IOException {
        List<List<Layout.Field>> rows = rows(g);
        float right = g.photo() == null ? RIGHT : RIGHT - PHOTO_W;
        float rowH = (top - bottom) / rows.size();
        float pairW = (right - left) / g.columnCount();
        float labelW = Math.min(labelWidth, pairW * 0.5f);
        for (int r = 0; r < rows.size(); r++) {
            float rowTop = top - r * rowH;
            float rowBottom = rowTop - rowH;
            List<Layout.Field> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Layout.Field f = row.get(c);
                float start = left + c * pairW;
                float end = c == row.size() - 1 ? right : start + pairW;
                fill(start, rowBottom, labelW, rowH, LABEL_GRAY);
                centred(safe(f.label().in(locale)), start, start + labelW, rowBottom, size, rowH, 0f);
                String value = data.text(f.key());
                if (f.wide()) {
                    leftAligned(value, start + labelW, end, rowBottom, size, rowH);
                } else {
                    centred(value, start + labelW, end, rowBottom, size, rowH, 0f);
                }
                vline(start + labelW, rowBottom, rowTop);
                if (end < right) {
                    vline(end, rowBottom, rowTop);
                }
            }
            if (r > 0) {
                hline(left, right, rowTop);
            }
        }
        if (g.photo() != null) {
            vline(right, bottom, top);
            photo(g.photo(), right, RIGHT, bottom, top);
        }
    }

    private void photo(Layout.Photo p, float left, float right, float bottom, float top) throws IOException {
        byte[] bytes = data.photo(p.key());
        if (bytes == null) {
            centred(safe(p.label().in(locale)), left, right, bottom, size, top - bottom, HINT_GRAY);
            return;
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(doc, bytes, p.key());
        } catch (IOException | RuntimeException e) {
            throw JiuyeException.invalid(p.key(), FormData.PHOTO_INVALID);
        }
        float boxW = right - left - 2 * PAD;
        float boxH = top - bottom - 2 * PAD;
        float scale = Math.min(boxW / image.getWidth(), boxH / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        cs.drawImage(image, left + (right - left - w) / 2, bottom + (top - bottom - h) / 2, w, h);
    }

    private void lines(Layout.Lines l, float left, float bottom, float top) throws IOException {
        float rowTop = top;
        if (l.caption() != null) {
            fill(left, top - CAPTION_H, RIGHT - left, CAPTION_H, LABEL_GRAY);
            centred(safe(data.fill(l.caption().in(locale))), left, RIGHT, top - CAPTION_H, size * 0.8f, CAPTION_H,
                    HINT_GRAY);
            rowTop -= CAPTION_H;
            hline(left, RIGHT, rowTop);
        }
        List<String> values = data.lines(l.key());
        for (int i = 0; i < l.maxLines(); i++) {
            if (i > 0) {
                hline(left, RIGHT, rowTop);
            }
            if (i < values.size()) {
                leftAligned(values.get(i), left, RIGHT, rowTop - LINE_H, size, LINE_H);
            }
            rowTop -= LINE_H;
        }
    }

    private void paragraph(Layout.Paragraph p, float left, float bottom, float top) throws IOException {
        List<String> paragraphs = data.lines(p.key());
        float width = RIGHT - left - 2 * PAD;
        float height = top - bottom - 2 * PAD;
        float s = size;
        List<String> lines = wrap(paragraphs, width, s);
        while (lines.size() * s * 1.6f > height && s > MIN_SIZE) {
            s = Math.max(MIN_SIZE, s - 0.5f);
            lines = wrap(paragraphs, width, s);
        }
        float lineH = s * 1.6f;
        float baseline = top - PAD - lineH / 2 - s * mid;
        for (String line : lines) {
            if (baseline < bottom + PAD / 2) {
                break;
            }
            // a paragraph's first line starts with two full-width spaces' indent, as Chinese text does
            boolean first = line.startsWith("\u0001");
            String text = first ? line.substring(1) : line;
            show(text, left + PAD + (first ? 2 * s : 0), baseline, s);
            baseline -= lineH;
        }
    }

    private void boxes(Layout.Boxes b, float left, float bottom, float top) throws IOException {
        int n = b.boxes().size();
        float w = (RIGHT - left) / n;
        for (int i = 0; i < n; i++) {
            Layout.Box box = b.boxes().get(i);
            float x0 = left + i * w;
            float x1 = x0 + w;
            if (i > 0) {
                vline(x0, bottom, top);
            }
            if (box.title() != null) {
                String t = safe(data.fill(box.title().in(locale)));
                show(t, x0 + PAD, top - PAD - size, fit(t, w - 2 * PAD, size));
            }
            if (box.footer() != null) {
                // footer lines bottom up, right-aligned: "（盖章）" over "年  月  日"
                List<String> parts = box.footer().in(locale).lines().toList();
                float baseline = bottom + PAD + size * 0.4f;
                for (int k = parts.size() - 1; k >= 0; k--) {
                    String part = safe(data.fill(parts.get(k)));
                    float s = fit(part, w - 2 * PAD, size);
                    show(part, x1 - 2 * PAD - width(part, s), baseline, s);
                    baseline += size * 1.5f;
                }
            }
        }
    }

    // ------------------------------------------------------------------ text

    private void heading(String text, float left, float bottom, float h) throws IOException {
        float centre = left + HEAD_W / 2;
        if (isCjkOnly(text)) {
            int[] chars = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
            float s = Math.min(size, (h - 2 * PAD) / (chars.length * 1.15f));
            float step = s * 1.15f;
            float cellTop = bottom + h / 2 + chars.length * step / 2;
            for (int cp : chars) {
                String ch = new String(Character.toChars(cp));
                show(ch, centre - width(ch, s) / 2, cellTop - step / 2 - s * mid, s);
                cellTop -= step;
            }
        } else {
            float s = fit(text, h - 2 * PAD, size);
            float w = width(text, s);
            cs.beginText();
            cs.setFont(font, s);
            // turned a quarter to the left: reads from bottom to top
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, centre + s * mid, bottom + (h - w) / 2));
            cs.showText(text);
            cs.endText();
        }
    }

    private void centred(String text, float left, float right, float bottom, float s, float h, float gray)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        String t = clip(text, right - left - 2 * PAD, s);
        float fs = fit(t, right - left - 2 * PAD, s);
        float w = width(t, fs);
        if (gray > 0) {
            cs.setNonStrokingColor(gray);
        }
        show(t, left + (right - left - w) / 2, bottom + h / 2 - fs * mid, fs);
        if (gray > 0) {
            cs.setNonStrokingColor(0f);
        }
    }

    private void leftAligned(String text, float left, float right, float bottom, float s, float h)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        String t = clip(text, right - left - 2 * PAD, s);
        float fs = fit(t, right - left - 2 * PAD, s);
        show(t, left + PAD, bottom + h / 2 - fs * mid, fs);
    }

    private void show(String text, float x, float baseline, float s) throws IOException {
        cs.beginText();
        cs.setFont(font, s);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /** The size at which the text fits the width: {@code s} or smaller, not below {@link #MIN_SIZE}. */
    private float fit(String text, float width, float s) {
        float w = width(text, s);
        return w <= width ? s : Math.max(MIN_SIZE, s * width / w);
    }

    /** The text, cut and ended with "…" if it does not fit even at {@link #MIN_SIZE}. */
    private String clip(String text, float width, float s) {
        if (width(text, MIN_SIZE) <= width) {
            return text;
        }
        String ellipsis = face.canPrint('…') ? "…" : "...";
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        while (n > 0 && width(new String(cps, 0, n) + ellipsis, MIN_SIZE) > width) {
            n--;
        }
        return new String(cps, 0, n) + ellipsis;
    }

    private float width(String text, float s) {
        try {
            return font.getStringWidth(text) / 1000f * s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks paragraphs into lines that fit the width: between any two Chinese characters, between Latin words, never
     * before closing punctuation (which takes the character before it along to the next line). A paragraph's first
     * line is marked with \u0001 and indented by two characters.
     */
    private List<String> wrap(List<String> paragraphs, float width, float s) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> line = new ArrayList<>();
            float room = width - 2 * s;
            for (String token : tokens(paragraph)) {
                if (line.isEmpty() && token.isBlank()) {
                    continue;
                }
                line.add(token);
                if (width(String.join("", line), s) <= room) {
                    continue;
                }
                // too long now: break before this token, or before the one it must not be parted from
                line.remove(line.size() - 1);
                List<String> next = new ArrayList<>();
                if (isClosing(token) && line.size() > 1) {
                    next.add(line.remove(line.size() - 1));
                }
                if (!token.isBlank()) {
                    next.add(token);
                }
                if (line.isEmpty()) {
                    // a word longer than the whole line: cut it by characters
                    next.clear();
                    token.codePoints().forEach(cp -> next.add(new String(Character.toChars(cp))));
                    for (String ch : new ArrayList<>(next)) {
                        if (!line.isEmpty() && width(String.join("", line) + ch, s) > room) {
                            lines.add((room < width ? "\u0001" : "") + String.join("", line));
                            line.clear();
                            room = width;
                        }
                        line.add(ch);
                    }
                    continue;
                }
                lines.add((room < width ? "\u0001" : "") + String.join("", line).stripTrailing());
                room = width;
                line = next;
            }
            if (!line.isEmpty()) {
                lines.add((room < width ? "\u0001" : "") + String.join("", line).stripTrailing());
            }
        }
        return lines;
    }

    private static boolean isClosing(String token) {
        return token.length() == 1 && CLOSING.indexOf(token.charAt(0)) >= 0;
    }

    /** Latin letters and digits stay together as words; every other character is a token of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean latin = cp < 0x2E80 && Character.isLetterOrDigit(cp);
            if (latin) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** Template text with characters the font lacks replaced by "?": a template must not stop a document. */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        FormData.oneLine(text).codePoints()
                .forEach(cp -> out.appendCodePoint(Character.isWhitespace(cp) || face.canPrint(cp) ? cp : '?'));
        return out.toString();
    }

    private static boolean isCjkOnly(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || cp >= 0x2E80);
    }

    private boolean isEnglish() {
        return locale != null && "en".equals(locale.getLanguage());
    }

    // ------------------------------------------------------------------ rules

    private void fill(float x, float y0, float w, float h, float gray) throws IOException {
        cs.setNonStrokingColor(gray);
        cs.addRect(x + 0.3f, y0 + 0.3f, w - 0.6f, h - 0.6f);
        cs.fill();
        cs.setNonStrokingColor(0f);
    }

    private void hline(float x0, float x1, float at) throws IOException {
        cs.setLineWidth(RULE);
        cs.moveTo(x0, at);
        cs.lineTo(x1, at);
        cs.stroke();
    }

    private void vline(float at, float y0, float y1) throws IOException {
        cs.setLineWidth(RULE);
        cs.moveTo(at, y0);
        cs.lineTo(at, y1);
        cs.stroke();
    }
}
