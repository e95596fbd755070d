package io.jiuye.plugin.national.internal;

import io.jiuye.api.document.DocumentService;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The national baseline, on for every school: the graduation-destination categories with their national codes
 * (domain.md §11), and the default recommendation form (推荐表, R-REC-1) as a document template. Nothing
 * province-specific belongs here.
 */
@Component(service = JiuyePlugin.class)
public final class NationalPlugin implements JiuyePlugin {

    static final LocalizedText NAME = LocalizedText.of("全国基线（毕业去向代码）",
            "National baseline (graduation-destination codes)");

    static final Map<String, LocalizedText> MESSAGES = Map.of(
            "national.destination.evidence.12",
            LocalizedText.of("其他录用形式就业须提供单位录用证明，或不低于当地最低工资标准的工资流水；实习、见习证明不能作为就业证明。",
                    "Other forms of hiring need the employer's hiring proof or a salary statement at or above the"
                            + " local minimum wage; internship or traineeship proofs do not count."),
            "national.destination.evidence.75",
            LocalizedText.of("电子商务创业须提供网店网址、网店截图和经营收入流水。",
                    "An e-commerce business needs the shop URL, a screenshot of the shop and its income statement."),
            "national.destination.evidence.76",
            LocalizedText.of("自由职业须提交本人签字的声明，并经学院和学校审核。",
                    "Freelance work needs a statement signed by the graduate and approval by college and school."));

    static final ContributionId RECOMMENDATION_FORM =
            ContributionId.of(DestinationTable.PLUGIN_ID, "recommendation-form", 1);

    private final PluginDescriptor descriptor;

    @Activate
    public NationalPlugin(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    NationalPlugin(String version) {
        List<Contribution> contributions = new ArrayList<>(DestinationTable.load());
        contributions.add(new DocumentTemplateDefinition(RECOMMENDATION_FORM,
                LocalizedText.of("毕业生就业推荐表", "Graduate recommendation form"), "recommendation-form",
                "templates/recommendation-form.json", DocumentService.LAYOUT));
        this.descriptor = new PluginDescriptor(DestinationTable.PLUGIN_ID, version, NAME, true,
                List.copyOf(contributions), List.of(), MESSAGES);
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }
}
