package io.jiuye.documents.internal;

import static io.jiuye.documents.internal.TestPlugins.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.document.DocumentError;
import io.jiuye.api.document.DocumentService;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.JiuyePlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates come and go with their plugins, and a broken one is refused clearly. */
class PluginTemplatesTest {
    private final PluginTemplates templates = new PluginTemplates();

    @Test
    void templateOfAnAbsentPluginIsUnavailable() {
        JiuyeException e = assertThrows(JiuyeException.class, () -> templates.layout(FORM));
        assertEquals(CoreError.CONTRIBUTION_UNAVAILABLE, e.error());
        assertEquals(List.of("national:recommendation-form@1"), e.args());

        JiuyePlugin national = TestPlugins.national();
        templates.add(national, TestPlugins.bundle("national"));
        Layout layout = templates.layout(FORM);
        assertEquals(7, layout.sections().size());
        assertSame(layout, templates.layout(FORM), "read once");

        templates.remove(national);
        assertEquals(CoreError.CONTRIBUTION_UNAVAILABLE,
                assertThrows(JiuyeException.class, () -> templates.layout(FORM)).error());
    }

    @Test
    void unknownTemplateOfAnInstalledPluginIsUnavailable() {
        templates.add(TestPlugins.national(), TestPlugins.bundle("national"));
        JiuyeException e = assertThrows(JiuyeException.class,
                () -> templates.layout(ContributionId.of("national", "agreement", 1)));
        assertEquals(CoreError.CONTRIBUTION_UNAVAILABLE, e.error());
    }

    @Test
    void firstPluginWithAnIdWins() {
        JiuyePlugin first = TestPlugins.national();
        JiuyePlugin second = TestPlugins.plugin("national");
        templates.add(first, TestPlugins.bundle("a"));
        templates.add(second, TestPlugins.bundle("b"));
        templates.layout(FORM);
        templates.remove(second);
        templates.layout(FORM);
    }

    @Test
    void missingResourceIsAnInvalidTemplate() {
        ContributionId id = ContributionId.of("broken", "form", 1);
        templates.add(TestPlugins.plugin("broken", TestPlugins.template(id, "templates/nothing.json",
                DocumentService.LAYOUT)), TestPlugins.bundle("broken"));
        JiuyeException e = assertThrows(JiuyeException.class, () -> templates.layout(id));
        assertEquals(DocumentError.DOCUMENT_TEMPLATE_INVALID, e.error());
        assertEquals(List.of("broken:form@1"), e.args());
    }

    @Test
    void otherMediaTypeIsAnInvalidTemplate() {
        ContributionId id = ContributionId.of("broken", "form", 1);
        templates.add(TestPlugins.plugin("broken", TestPlugins.template(id, "templates/recommendation-form.json",
                "application/vnd.oasis.opendocument.text")), TestPlugins.bundle("broken"));
        assertEquals(DocumentError.DOCUMENT_TEMPLATE_INVALID,
                assertThrows(JiuyeException.class, () -> templates.layout(id)).error());
    }

    @Test
    void malformedLayoutIsAnInvalidTemplate() {
        ContributionId id = ContributionId.of("broken", "form", 1);
        templates.add(TestPlugins.plugin("broken", TestPlugins.template(id, "/templates/malformed.json",
                DocumentService.LAYOUT)), TestPlugins.bundle("broken"));
        assertEquals(DocumentError.DOCUMENT_TEMPLATE_INVALID,
                assertThrows(JiuyeException.class, () -> templates.layout(id)).error());
    }
}
