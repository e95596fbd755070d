package io.jiuye.documents.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.api.i18n.LocalizedText;
import java.io.IOException;
import java.io.InputStream;

/** Reads a template's JSON layout and checks that it can be drawn; {@link IllegalArgumentException} when not. */
final class LayoutReader {
    static final int MAX_COLUMNS = 4;
    static final int MAX_LINES = 20;
    static final int MAX_BOXES = 4;
    static final float MIN_HEIGHT = 20;
    static final float MAX_HEIGHT = 700;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LayoutReader() {
    }

    static Layout read(InputStream in) throws IOException {
        Layout layout;
        try {
            layout = JSON.readValue(in, Layout.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a layout: " + e.getOriginalMessage(), e);
        }
        check(layout);
        return layout;
    }

    static void check(Layout layout) {
        require(layout != null, "empty layout");
        require(layout.format() == Layout.FORMAT, "format must be " + Layout.FORMAT + ", is " + layout.format());
        text(layout.title(), "title");
        require(layout.fontSize() == null || layout.fontSize() >= 6 && layout.fontSize() <= 16,
                "fontSize must be between 6 and 16");
        require(!layout.sections().isEmpty(), "a layout needs sections");
        int n = 0;
        for (Layout.Section s : layout.sections()) {
            String where = "section " + ++n;
            require(s != null, where + " is empty");
            if (s instanceof Layout.Grid g) {
                require(g.columnCount() >= 1 && g.columnCount() <= MAX_COLUMNS,
                        where + ": columns must be between 1 and " + MAX_COLUMNS);
                require(!g.fields().isEmpty(), where + ": a grid needs fields");
                for (Layout.Field f : g.fields()) {
                    require(f != null, where + ": empty field");
                    key(f.key(), where);
                    text(f.label(), where + " field " + f.key());
                    positive(f.maxLength(), where + " field " + f.key() + " maxLength");
                    f.options().forEach((code, label) ->
                            text(label, where + " field " + f.key() + " option " + code));
                }
                if (g.photo() != null) {
                    key(g.photo().key(), where + " photo");
                    text(g.photo().label(), where + " photo");
                }
            } else if (s instanceof Layout.Lines l) {
                key(l.key(), where);
                require(l.maxLines() != null && l.maxLines() >= 1 && l.maxLines() <= MAX_LINES,
                        where + ": maxLines must be between 1 and " + MAX_LINES);
                positive(l.maxLength(), where + " maxLength");
            } else if (s instanceof Layout.Paragraph p) {
                key(p.key(), where);
                require(p.maxLength() != null, where + ": a paragraph needs maxLength");
                positive(p.maxLength(), where + " maxLength");
                height(p.height(), where);
            } else if (s instanceof Layout.Boxes b) {
                require(!b.boxes().isEmpty() && b.boxes().size() <= MAX_BOXES,
                        where + ": between 1 and " + MAX_BOXES + " boxes");
                height(b.height(), where);
                b.boxes().forEach(box -> require(box != null, where + ": empty box"));
            }
        }
    }

    private static void key(String key, String where) {
        require(key != null && !key.isBlank(), where + ": key missing");
    }

    private static void text(LocalizedText text, String where) {
        require(text != null, where + ": text missing");
    }

    private static void positive(Integer value, String where) {
        require(value == null || value >= 1, where + " must be at least 1");
    }

    private static void height(Float height, String where) {
        require(height == null || height >= MIN_HEIGHT && height <= MAX_HEIGHT,
                where + ": height must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
