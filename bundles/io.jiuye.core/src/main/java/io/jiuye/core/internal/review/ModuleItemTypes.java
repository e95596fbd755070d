package io.jiuye.core.internal.review;

import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.ReviewItemView;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The review item types that modules own ({@link ReviewItemHandler} services), as they come and go: their flows,
 * and the call after each transition with the item as a {@link ReviewItemView}.
 *
 * <p>Handlers are bound without being created and created at their first use: a handler usually needs {@code
 * ReviewItems}, which needs this component, and getting the handler while binding would make a cycle that leaves
 * one of them unresolved at random.
 */
@Component(service = ModuleItemTypes.class)
public class ModuleItemTypes {
    private final Map<ContributionId, ReviewItemHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ComponentServiceObjects<ReviewItemHandler>, ReviewItemHandler> created = new ConcurrentHashMap<>();
    private final Set<ComponentServiceObjects<ReviewItemHandler>> pending = ConcurrentHashMap.newKeySet();

    @Reference(name = "handler", service = ReviewItemHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindHandler(ComponentServiceObjects<ReviewItemHandler> handler) {
        pending.add(handler);
    }

    void unbindHandler(ComponentServiceObjects<ReviewItemHandler> handler) {
        pending.remove(handler);
        ReviewItemHandler h = created.remove(handler);
        if (h != null) {
            removeHandler(h);
            handler.ungetService(h);
        }
    }

    /** Adds a handler that exists already (tests, or a caller that created it). */
    public void addHandler(ReviewItemHandler handler) {
        handlers.put(handler.type(), handler);
    }

    public void removeHandler(ReviewItemHandler handler) {
        handlers.remove(handler.type(), handler);
    }

    /** Creates the handlers bound since the last look-up. */
    private void createPending() {
        for (ComponentServiceObjects<ReviewItemHandler> cso : pending) {
            if (pending.remove(cso)) {
                ReviewItemHandler h = cso.getService();
                if (h != null) {
                    created.put(cso, h);
                    addHandler(h);
                }
            }
        }
    }

    /** Whether the type is one modules own (plugin id {@code core}), present or not. */
    public static boolean isModuleType(ContributionId type) {
        return type.pluginId().equals(ReviewItemHandler.CORE_PLUGIN);
    }

    public Optional<ReviewItemHandler> handler(ContributionId type) {
        createPending();
        return Optional.ofNullable(handlers.get(type));
    }

    /** The flow of a present handler's type for the item's school. */
    public Optional<FlowDefinition> flow(ContributionId type, long schoolId) {
        return handler(type).map(h -> h.flow(schoolId));
    }

    /** Tells the item's handler, if its module is present, of a transition. */
    public void afterTransition(EntityManager em, ReviewItem item) {
        handler(ContributionId.parse(item.getItemType())).ifPresent(h -> h.afterTransition(view(em, item)));
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
