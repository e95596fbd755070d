package io.jiuye.core.internal.review;

import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.ReviewItemView;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The review item types that modules own ({@link ReviewItemHandler} services), as they come and go: their flows,
 * and the call after each transition with the item as a {@link ReviewItemView}.
 */
@Component(service = ModuleItemTypes.class)
public class ModuleItemTypes {
    private final Map<ContributionId, ReviewItemHandler> handlers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addHandler(ReviewItemHandler handler) {
        handlers.put(handler.type(), handler);
    }

    public void removeHandler(ReviewItemHandler handler) {
        handlers.remove(handler.type(), handler);
    }

    /** Whether the type is one modules own (plugin id {@code core}), present or not. */
    public static boolean isModuleType(ContributionId type) {
        return type.pluginId().equals(ReviewItemHandler.CORE_PLUGIN);
    }

    public Optional<ReviewItemHandler> handler(ContributionId type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** The flow of a present handler's type for the item's school. */
    public Optional<FlowDefinition> flow(ContributionId type, long schoolId) {
        return handler(type).map(h -> h.flow(schoolId));
    }

    /** Tells the item's handler, if its module is present, of a transition. */
    public void afterTransition(EntityManager em, ReviewItem item) {
        ReviewItemHandler h = handlers.get(ContributionId.parse(item.getItemType()));
        if (h != null) {
            h.afterTransition(view(em, item));
        }
    }

    /** The item as modules see it, with its newest trail entry. */
    static ReviewItemView view(EntityManager em, ReviewItem item) {
        Optional<TrailEntry> last = em.createQuery(
                "SELECT t FROM TrailEntry t WHERE t.item = :i ORDER BY t.seq DESC", TrailEntry.class)
                .setParameter("i", item).setMaxResults(1).getResultList().stream().findFirst();
        return new ReviewItemView(item.getId(), item.getPublicId(), item.getItemType(), item.getState(),
                item.getStepKey(), item.getSchool().getId(),
                item.getCollege() == null ? null : item.getCollege().getId(), item.getSubmitter().getId(),
                item.getCounterparty() == null ? null : item.getCounterparty().getId(), item.getEmployerRef(),
                item.attributes(), last.map(t -> t.toDto().actorName()).orElse(null),
                last.map(t -> t.toDto().remark()).orElse(null));
    }
}
