package io.jiuye.plugin.national.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NationalPluginTest {

    private final PluginDescriptor descriptor = new NationalPlugin("1.0.0").descriptor();

    private Map<String, DestinationCategoryDefinition> byCode() {
        return descriptor.contributions().stream()
                .filter(DestinationCategoryDefinition.class::isInstance)
                .map(DestinationCategoryDefinition.class::cast)
                .collect(Collectors.toMap(DestinationCategoryDefinition::nationalCode, Function.identity()));
    }

    @Test
    void isTheBaselineNamedNational() {
        assertEquals("national", descriptor.id());
        assertTrue(descriptor.baseline());
        assertEquals("1.0.0", descriptor.version());
        assertTrue(descriptor.settings().isEmpty());
    }

    @Test
    void loadsAllSeventeenCodesAsDestinationCategories() {
        assertEquals(17, descriptor.contributions().stream()
                .filter(c -> c.kind() == ContributionKind.DESTINATION_CATEGORY).count());
        assertEquals(1, descriptor.contributions().stream()
                .filter(c -> c.kind() == ContributionKind.DOCUMENT_TEMPLATE).count());
        assertEquals(Set.of("10", "11", "12", "271", "46", "502", "503", "512", "519", "75", "76", "801", "802",
                "85", "70", "71", "72"), byCode().keySet());
    }

    @Test
    void idsAreUniqueAndNamedAfterTheCode() {
        List<ContributionId> ids = descriptor.contributions().stream().map(c -> c.id()).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size());
        byCode().forEach((code, c) -> assertEquals(ContributionId.parse("national:dest-" + code + "@1"), c.id()));
    }

    @Test
    void groupsFollowThePlacementStatistics() {
        Map<String, Set<String>> codesByGroup = byCode().values().stream().collect(Collectors.groupingBy(
                c -> c.group().zh(), Collectors.mapping(DestinationCategoryDefinition::nationalCode,
                        Collectors.toSet())));
        assertEquals(Map.of(
                "单位就业", Set.of("10", "11", "12", "271", "46", "502", "503", "512", "519"),
                "自主创业", Set.of("75"),
                "自由职业", Set.of("76"),
                "升学", Set.of("801", "802", "85"),
                "待就业", Set.of("70"),
                "暂不就业", Set.of("71", "72")), codesByGroup);
        assertEquals("Further study", byCode().get("85").group().en());
    }

    @Test
    void labelsAreBilingual() {
        DestinationCategoryDefinition c = byCode().get("11");
        assertEquals("签劳动合同形式就业", c.label().zh());
        assertEquals("Employment under a labour contract", c.label().en());
        byCode().values().forEach(d -> assertFalse(d.label().en().equals(d.label().zh()), d.nationalCode()));
    }

    @Test
    void freelanceNeedsCollegeThenSchool() {
        DestinationCategoryDefinition freelance = byCode().get("76");
        List<StepDefinition> steps = freelance.registrationFlow().steps();
        assertEquals(2, steps.size());
        assertEquals("college", steps.get(0).key());
        assertEquals(ActorKind.COLLEGE_ADMIN, steps.get(0).actor().kind());
        assertEquals("school", steps.get(1).key());
        assertEquals(ActorKind.SCHOOL_ADMIN, steps.get(1).actor().kind());
        assertTrue(freelance.evidence().stream().anyMatch(s -> s.key().equals("statement") && s.required()));
    }

    @Test
    void everyOtherCategoryIsReviewedByTheSchoolAndReleasable() {
        byCode().values().forEach(c -> {
            assertNotNull(c.releaseFlow(), c.nationalCode());
            assertEquals(List.of("school"), c.releaseFlow().steps().stream().map(StepDefinition::key).toList());
            assertFalse(c.releasedBySigning(), c.nationalCode());
            assertEquals(!Set.of("70", "71", "72").contains(c.nationalCode()), c.occupiesRecord(), c.nationalCode());
            assertNull(c.replacesNational(), c.nationalCode());
            if (!c.nationalCode().equals("76")) {
                assertEquals(1, c.registrationFlow().steps().size(), c.nationalCode());
                assertEquals(ActorKind.SCHOOL_ADMIN, c.registrationFlow().steps().get(0).actor().kind());
            }
        });
    }

    @Test
    void evidenceRulesOfTheNationalDefinitions() {
        assertTrue(byCode().get("12").evidence().stream().anyMatch(s -> s.key().equals("hiring-proof")));
        assertTrue(byCode().get("75").fields().stream().anyMatch(f -> f.key().equals("shopUrl")));
        assertTrue(byCode().get("10").evidence().isEmpty());
    }

    @Test
    void messagesAreKnown() {
        assertTrue(descriptor.messages().containsKey("national.destination.evidence.76"));
    }

    @Test
    void aBrokenTableFailsWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DestinationTable.parse(stream("# header\n10\tx\ty\tg\th\n"), stream("")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> DestinationTable.parse(
                stream("10\ta\tb\tg\th\tschool\n10\ta\tb\tg\th\tschool\n"), stream("")));
        assertThrows(IllegalStateException.class, () -> DestinationTable.parse(
                stream("10\ta\tb\tg\th\tdean\n"), stream("")));
        assertThrows(IllegalStateException.class, () -> DestinationTable.parse(
                stream("10\ta\tb\tg\th\tschool\n"), stream("99\tupload\tx\ta\tb\ttrue\n")));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
