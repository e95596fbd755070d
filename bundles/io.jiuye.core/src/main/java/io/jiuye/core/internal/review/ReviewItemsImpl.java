package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.ReviewItems;
import io.jiuye.core.module.ReviewSubmission;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ReviewItems} on the review engine, joining the caller's transaction. */
@Component(service = ReviewItems.class)
public class ReviewItemsImpl implements ReviewItems {
    private final Transactions tx;
    private final ModuleItemTypes types;
    private final ReviewEngine engine;

    @Activate
    public ReviewItemsImpl(@Reference Transactions tx, @Reference ReviewEngine engine,
            @Reference ModuleItemTypes types) {
        this.tx = tx;
        this.types = types;
        this.engine = engine;
    }

    /**
     * {@inheritDoc} The handler is not called for the submission itself: the returned view says where the item
     * stands.
     */
    @Override
    public ReviewItemView submit(ReviewSubmission s) {
        return tx.inTransaction(em -> {
            UserAccount submitter = em.find(UserAccount.class, s.submitterUserId());
            if (submitter == null) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            School school = s.schoolId() == null ? null : em.find(School.class, s.schoolId());
            if (s.schoolId() != null && school == null) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            School reviewing = school != null ? school : submitter.getSchool();
            if (reviewing == null) {
                throw new JiuyeException(CoreError.FORBIDDEN);
            }
            FlowDefinition flow = flow(s.type(), reviewing.getId());
            ReviewItem item = engine.submit(em, submitter, s.type().toString(), flow, s.attributes(), null,
                    s.employerRef(), school);
            em.flush();
            return ModuleItemTypes.view(em, item);
        });
    }

    @Override
    public ReviewItemView resubmit(long itemId, long actorUserId, Map<String, String> attributes) {
        return tx.inTransaction(em -> {
            ReviewItem item = item(em, itemId);
            UserAccount actor = em.find(UserAccount.class, actorUserId);
            if (actor == null) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            FlowDefinition flow = flow(ContributionId.parse(item.getItemType()), item.getSchool().getId());
            item.setAttributes(attributes);
            engine.act(em, item.getSubmitter().toPrincipal(), actor, item, ReviewAction.SUBMIT, null, flow);
            types.afterTransition(em, item);
            em.flush();
            return ModuleItemTypes.view(em, item);
        });
    }

    @Override
    public void setAttributes(long itemId, Map<String, String> attributes) {
        tx.run(em -> item(em, itemId).setAttributes(attributes));
    }

    @Override
    public Optional<ReviewItemView> find(long itemId) {
        return tx.inTransaction(em -> Optional.ofNullable(em.find(ReviewItem.class, itemId))
                .map(i -> ModuleItemTypes.view(em, i)));
    }

    @Override
    public Optional<ReviewItemView> find(ContributionId type, String publicId) {
        if (publicId == null) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> em.createQuery("SELECT i FROM ReviewItem i WHERE i.publicId = :id"
                + " AND i.itemType = :t", ReviewItem.class).setParameter("id", publicId)
                .setParameter("t", type.toString()).getResultList().stream().findFirst()
                .map(i -> ModuleItemTypes.view(em, i)));
    }

    private FlowDefinition flow(ContributionId type, long schoolId) {
        if (!ModuleItemTypes.isModuleType(type)) {
            throw JiuyeException.invalid("type", "TYPE_INVALID");
        }
        return types.flow(type, schoolId)
                .orElseThrow(() -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, type.toString()));
    }

    private static ReviewItem item(EntityManager em, long itemId) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        if (item == null) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return item;
    }
}
