package io.jiuye.plugin.example.internal;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FieldType;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.Milestone;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SettingDefinition;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The smallest complete plugin, and the one the documentation walks through: a student submits an internship
 * report, the college admin reviews it, then the school admin. It declares one per-school setting and its messages.
 * Everything is data handed to the core through the {@link PluginDescriptor}; the core's review engine does the rest.
 */
@Component(service = JiuyePlugin.class)
public final class ExamplePlugin implements JiuyePlugin {

    static final String ID = "example";
    static final ContributionId INTERNSHIP_REPORT = ContributionId.of(ID, "internship-report", 1);
    static final String MAX_WEEKS = "maxWeeks";

    private final PluginDescriptor descriptor;

    @Activate
    public ExamplePlugin(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    ExamplePlugin(String version) {
        ItemTypeDefinition report = new ItemTypeDefinition(INTERNSHIP_REPORT,
                LocalizedText.of("实习报告", "Internship report"),
                List.of(FieldDefinition.text("company", LocalizedText.of("实习单位", "Company"), true, 100),
                        FieldDefinition.builder("weeks", LocalizedText.of("实习周数", "Weeks"), FieldType.INTEGER)
                                .required().help(LocalizedText.of("按整周计算", "Whole weeks")).build()),
                FlowDefinition.builder()
                        .step(StepDefinition.review("college", LocalizedText.of("学院审核", "College review"),
                                ActorKind.COLLEGE_ADMIN))
                        .step(StepDefinition.review("school", LocalizedText.of("学校审核", "School review"),
                                ActorKind.SCHOOL_ADMIN))
                        .milestoneAfter("school", Milestone.FILED)
                        .build());
        SettingDefinition maxWeeks = SettingDefinition.integer(MAX_WEEKS,
                LocalizedText.of("实习最长周数", "Maximum internship weeks"), 26, 1, 52);
        Map<String, LocalizedText> messages = Map.of(
                "example.name", LocalizedText.of("示例插件", "Example plugin"),
                "example.weeksTooLong", LocalizedText.of("实习周数不能超过 {0} 周。",
                        "An internship may last at most {0} weeks."));
        this.descriptor = new PluginDescriptor(ID, version, LocalizedText.of("示例插件", "Example plugin"), false,
                List.of(report), List.of(maxWeeks), messages);
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }
}
