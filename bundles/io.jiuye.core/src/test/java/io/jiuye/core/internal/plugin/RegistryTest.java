package io.jiuye.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SchoolPlugins.PluginStatus;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.api.plugin.SettingDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.core.internal.TestPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry and per-school plugin use: union, pick-one, settings, a plugin gone and back. */
class RegistryTest {
    private static final LocalizedText L = LocalizedText.of("名", "Name");
    private static final FlowDefinition SCHOOL = FlowDefinition.of(
            StepDefinition.review("school", L, ActorKind.SCHOOL_ADMIN));

    private TestPlatform p;
    private TestPlatform.School s;
    private JiuyePlugin national;
    private JiuyePlugin hubei;
    private JiuyePlugin cqu;

    static DestinationCategoryDefinition dest(String plugin, String key, String code) {
        return DestinationCategoryDefinition.builder(ContributionId.of(plugin, key, 1), L, code).group(L)
                .registration(SCHOOL).build();
    }

    static TerminationRuleDefinition termination(String plugin) {
        return TerminationRuleDefinition.builder(ContributionId.of(plugin, "termination", 1), L)
                .online(SCHOOL, TerminationRuleDefinition.Initiator.STUDENT, TerminationRuleDefinition.Initiator.EMPLOYER)
                .offline(SCHOOL, TerminationRuleDefinition.Initiator.STUDENT).build();
    }

    static PluginDescriptor plugin(String id, boolean baseline, List<Contribution> contributions) {
        return new PluginDescriptor(id, "1.0.0", LocalizedText.of(id, id), baseline, contributions,
                List.of(SettingDefinition.integer("validityDays", L, 5, 1, 30),
                        SettingDefinition.bool("openSigning", L, true)), Map.of("x." + id, L));
    }

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        s = p.school("S1");
        national = p.install(plugin("national", true, List.of(dest("national", "dest-11", "11"))));
        hubei = p.install(plugin("hubei", false, List.of(dest("hubei", "dest-a", "12"), termination("hubei"))));
        cqu = p.install(plugin("cqu", false, List.of(dest("cqu", "dest-b", "75"), termination("cqu"))));
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private List<String> destinations() {
        return p.schoolPlugins.contributions(s.school.id(), DestinationCategoryDefinition.class).stream()
                .map(c -> c.id().toString()).sorted().toList();
    }

    private List<String> terminations() {
        return p.schoolPlugins.contributions(s.school.id(), TerminationRuleDefinition.class).stream()
                .map(c -> c.id().toString()).toList();
    }

    @Test
    void theBaselineIsAlwaysOnAndOthersOnlyWhenEnabled() {
        assertEquals(List.of("national:dest-11@1"), destinations());
        assertThrows(JiuyeException.class, () -> p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "national",
                false));
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "hubei", true);
        assertEquals(List.of("hubei:dest-a@1", "national:dest-11@1"), destinations());
    }

    @Test
    void unionOfEnabledPluginsAndPickOneForTermination() {
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "hubei", true);
        assertEquals(List.of("hubei:termination@1"), terminations());
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "cqu", true);
        assertEquals(List.of("cqu:dest-b@1", "hubei:dest-a@1", "national:dest-11@1"), destinations());
        assertEquals(List.of(), terminations(), "two candidates and no pick: none applies");
        p.schoolPlugins.select(s.schoolAdmin, s.school.id(), ContributionKind.TERMINATION_RULE,
                ContributionId.parse("cqu:termination@1"));
        assertEquals(List.of("cqu:termination@1"), terminations());
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.schoolPlugins.select(s.schoolAdmin,
                s.school.id(), ContributionKind.DESTINATION_CATEGORY, ContributionId.parse("cqu:dest-b@1")));
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
    }

    @Test
    void aPluginGoneKeepsItsEnablementAndComesBackLive() {
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "hubei", true);
        p.registry.removePlugin(hubei);
        assertEquals(List.of("national:dest-11@1"), destinations());
        PluginStatus gone = p.schoolPlugins.plugins(s.schoolAdmin, s.school.id()).stream()
                .filter(st -> st.plugin().id().equals("hubei")).findFirst().orElseThrow();
        assertTrue(gone.enabled());
        assertFalse(gone.active());
        assertFalse(gone.plugin().installed());
        assertFalse(p.schoolPlugins.isActive(s.school.id(), "hubei"));
        hubei = p.install(plugin("hubei", false, List.of(dest("hubei", "dest-a", "12"), termination("hubei"))));
        assertTrue(p.schoolPlugins.isActive(s.school.id(), "hubei"));
        assertEquals(List.of("hubei:dest-a@1", "national:dest-11@1"), destinations());
    }

    @Test
    void enablingIsForTheSchoolsOwnAdminOrTheOperator() {
        TestPlatform.School other = p.school("S2");
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.schoolPlugins.setEnabled(other.schoolAdmin,
                s.school.id(), "hubei", true));
        assertEquals(CoreError.OUT_OF_SCOPE, e.error());
        e = assertThrows(JiuyeException.class, () -> p.schoolPlugins.setEnabled(s.adminA, s.school.id(), "hubei",
                true));
        assertEquals(CoreError.FORBIDDEN, e.error());
        p.schoolPlugins.setEnabled(TestPlatform.operator(), s.school.id(), "hubei", true);
        assertTrue(p.schoolPlugins.isActive(s.school.id(), "hubei"));
        assertFalse(p.schoolPlugins.isActive(other.school.id(), "hubei"));
    }

    @Test
    void typedSettingsHaveDefaultsAndAreChecked() {
        List<SchoolSetting> settings = p.schoolPlugins.settings(s.schoolAdmin, s.school.id(), "hubei");
        assertEquals("5", settings.get(0).value());
        assertFalse(settings.get(0).explicit());
        JiuyeException e = assertThrows(JiuyeException.class, () -> p.schoolPlugins.updateSettings(s.schoolAdmin,
                s.school.id(), "hubei", Map.of("validityDays", "99", "openSigning", "maybe", "nope", "1")));
        assertEquals(3, e.fieldErrors().size());
        settings = p.schoolPlugins.updateSettings(s.schoolAdmin, s.school.id(), "hubei", Map.of("validityDays", "7"));
        assertEquals("7", settings.get(0).value());
        assertTrue(settings.get(0).explicit());
    }

    @Test
    void aDuplicatePluginIdIsIgnored() {
        p.install(plugin("hubei", false, List.of()));
        assertEquals(2, p.registry.plugin("hubei").orElseThrow().contributions().size());
        assertTrue(national != null && cqu != null);
    }
}
