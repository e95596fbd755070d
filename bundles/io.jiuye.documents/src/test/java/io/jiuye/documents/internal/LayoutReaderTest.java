package io.jiuye.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayoutReaderTest {

    @Test
    void readsTheRecommendationForm() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/templates/recommendation-form.json")) {
            Layout layout = LayoutReader.read(in);
            assertEquals("{schoolName}毕业生就业推荐表", layout.title().zh());
            Layout.Grid basic = assertInstanceOf(Layout.Grid.class, layout.sections().get(0));
            assertEquals("photo", basic.photo().key());
            assertEquals("男", basic.fields().get(1).options().get("M").zh());
            Layout.Lines history = assertInstanceOf(Layout.Lines.class, layout.sections().get(3));
            assertEquals(4, history.maxLines());
            Layout.Paragraph self = assertInstanceOf(Layout.Paragraph.class, layout.sections().get(5));
            assertEquals(300, self.maxLength());
        }
    }

    @Test
    void refusesWhatCannotBeDrawn() {
        assertRefused("{\"format\": 2, \"title\": {\"zh\": \"表\"}, \"sections\": []}", "format must be 1");
        assertRefused("{\"format\": 1, \"sections\": [{\"type\": \"boxes\", \"boxes\": [{}]}]}", "title: text missing");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": []}", "needs sections");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": [{\"type\": \"table\"}]}",
                "not a layout");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": [{\"type\": \"lines\","
                + " \"key\": \"history\", \"maxLines\": 40}]}", "maxLines");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": [{\"type\": \"paragraph\","
                + " \"key\": \"self\"}]}", "needs maxLength");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": [{\"type\": \"grid\","
                + " \"fields\": [{\"key\": \"name\", \"label\": {\"zh\": \"姓名\"}, \"maxLenght\": 3}]}]}",
                "not a layout");
        assertRefused("{\"format\": 1, \"title\": {\"zh\": \"表\"}, \"sections\": [{\"type\": \"grid\","
                + " \"columns\": 5, \"fields\": [{\"key\": \"name\", \"label\": {\"zh\": \"姓名\"}}]}]}", "columns");
    }

    private static void assertRefused(String json, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayoutReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
