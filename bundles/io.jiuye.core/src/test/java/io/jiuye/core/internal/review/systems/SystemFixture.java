package io.jiuye.core.internal.review.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.SettingDefinition;
import io.jiuye.api.review.ActionRequest;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.core.internal.TestPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the per-system fixtures share: a platform on in-memory Derby with one school (two colleges, two students)
 * and an employer, the fixture plugin installed and enabled, and short ways to submit and act.
 *
 * <p>The signing, termination and destination modules are not written yet. A fixture therefore contributes its
 * {@code SigningModeDefinition}s, {@code TerminationRuleDefinition} and {@code DestinationCategoryDefinition}s as
 * data (checked as such) and, to drive their flows through the real engine, the same flows as item types, the way
 * those modules will hand them to the engine.
 */
abstract class SystemFixture implements AutoCloseable {
    static final LocalizedText L = LocalizedText.of("环节", "Step");

    final TestPlatform p = new TestPlatform();
    TestPlatform.School s;
    Principal employer;
    Principal otherEmployer;
    PluginDescriptor descriptor;

    /** The plugin of this system. */
    abstract PluginDescriptor plugin();

    void start() {
        descriptor = plugin();
        p.install(descriptor);
        s = p.school("S" + descriptor.id().length());
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), descriptor.id(), true);
        employer = employer("emp_1");
        otherEmployer = employer("emp_2");
    }

    @Override
    public void close() {
        p.close();
    }

    static ItemTypeDefinition itemType(String plugin, String key, List<FieldDefinition> fields, FlowDefinition flow) {
        return new ItemTypeDefinition(ContributionId.of(plugin, key, 1), L, fields, flow);
    }

    static PluginDescriptor descriptor(String id, List<Contribution> contributions, SettingDefinition... settings) {
        return new PluginDescriptor(id, "1.0.0", LocalizedText.of(id, id), false, new ArrayList<>(contributions),
                List.of(settings), Map.of());
    }

    Principal employer(String employerId) {
        p.users.create(TestPlatform.operator(), new NewUser(employerId + ".hr", "HR " + employerId, Role.EMPLOYER,
                null, null, employerId, "Passw0rdX".toCharArray()));
        return p.auth.authenticate(p.auth.login(employerId + ".hr", "Passw0rdX".toCharArray(), null).token());
    }

    String type(String key) {
        return descriptor.id() + ":" + key + "@1";
    }

    ReviewItemDto submit(Principal who, String key, Map<String, String> values, String employerId,
            Principal counterparty) {
        return p.reviews.submit(who, new SubmitRequest(type(key), values, employerId,
                counterparty == null ? null : counterparty.userId()));
    }

    ReviewItemDto act(Principal who, ReviewItemDto item, ReviewAction a) {
        return act(who, item, a, null, Map.of());
    }

    ReviewItemDto act(Principal who, ReviewItemDto item, ReviewAction a, String remark) {
        return act(who, item, a, remark, Map.of());
    }

    ReviewItemDto act(Principal who, ReviewItemDto item, ReviewAction a, String remark, Map<String, String> values) {
        ReviewItemDto fresh = p.reviews.get(who, item.id());
        return p.reviews.act(who, item.id(), new ActionRequest(a, fresh.version(), remark, values));
    }

    ReviewItemDto get(Principal who, ReviewItemDto item) {
        return p.reviews.get(who, item.id());
    }

    static void assertRefused(CoreError code, Runnable r) {
        JiuyeException e = assertThrows(JiuyeException.class, r::run);
        assertEquals(code, e.error(), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    <T extends Contribution> List<T> contributions(Class<T> kind) {
        return (List<T>) p.schoolPlugins.contributions(s.school.id(), kind);
    }
}
