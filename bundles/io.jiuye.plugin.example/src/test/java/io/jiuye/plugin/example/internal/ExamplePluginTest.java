package io.jiuye.plugin.example.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SettingDefinition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamplePluginTest {

    private final PluginDescriptor descriptor = new ExamplePlugin("2.0.0").descriptor();

    @Test
    void describesAnOptionalPlugin() {
        assertEquals("example", descriptor.id());
        assertEquals("2.0.0", descriptor.version());
        assertFalse(descriptor.baseline());
        assertEquals("示例插件", descriptor.name().zh());
        assertEquals("Example plugin", descriptor.name().en());
    }

    @Test
    void contributesTheInternshipReport() {
        assertEquals(1, descriptor.contributions().size());
        ItemTypeDefinition type = (ItemTypeDefinition) descriptor.contributions().get(0);
        assertEquals("example:internship-report@1", type.id().toString());
        assertEquals("实习报告", type.label().zh());
        assertEquals("Internship report", type.label().en());

        FieldDefinition company = type.fields().get(0);
        assertEquals("company", company.key());
        assertEquals(FieldType.TEXT, company.type());
        assertTrue(company.required());
        assertEquals(100, company.maxLength());

        FieldDefinition weeks = type.fields().get(1);
        assertEquals("weeks", weeks.key());
        assertEquals(FieldType.INTEGER, weeks.type());
        assertTrue(weeks.required());
        assertEquals("Whole weeks", weeks.help().en());
        assertEquals(List.of(new io.jiuye.api.flow.MilestoneDefinition(io.jiuye.api.flow.Milestone.FILED, "school")),
                type.flow().milestones());
        assertEquals(2, type.fields().size());
    }

    @Test
    void collegeThenSchoolReview() {
        List<StepDefinition> steps = ((ItemTypeDefinition) descriptor.contributions().get(0)).flow().steps();
        assertEquals(List.of("college", "school"), steps.stream().map(StepDefinition::key).toList());
        assertEquals(ActorKind.COLLEGE_ADMIN, steps.get(0).actor().kind());
        assertEquals(ActorKind.SCHOOL_ADMIN, steps.get(1).actor().kind());
        Set<ReviewAction> all = Set.of(ReviewAction.APPROVE, ReviewAction.REJECT, ReviewAction.RETURN);
        steps.forEach(s -> assertEquals(all, s.actions()));
    }

    @Test
    void declaresTheMaxWeeksSetting() {
        SettingDefinition maxWeeks = descriptor.settings().get(0);
        assertEquals(1, descriptor.settings().size());
        assertEquals("maxWeeks", maxWeeks.key());
        assertEquals(FieldType.INTEGER, maxWeeks.type());
        assertEquals("26", maxWeeks.defaultValue());
        assertEquals(1, maxWeeks.min());
        assertEquals(52, maxWeeks.max());
        assertNull(maxWeeks.options().isEmpty() ? null : maxWeeks.options());
    }

    @Test
    void shipsItsMessages() {
        assertTrue(descriptor.messages().containsKey("example.weeksTooLong"));
        assertTrue(descriptor.messages().get("example.weeksTooLong").zh().contains("{0}"));
    }
}
