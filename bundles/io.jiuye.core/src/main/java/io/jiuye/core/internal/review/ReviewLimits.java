package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.time.BusinessTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * A flow's window and limits, checked when an item is (re)submitted. Each limit is counted per submitter, graduate
 * or record; before counting, the submission locks the row of {@code review_limit_lock} for the limit's group and
 * scope key (creating it the first time), so a concurrent submission under the same limit waits until this one
 * commits and then counts it.
 */
final class ReviewLimits {

    void check(EntityManager em, Clock clock, FlowDefinition flow, ReviewItem item) {
        if (flow.window() != null && !flow.window().isOpen(BusinessTime.today(clock))) {
            throw new JiuyeException(CoreError.REVIEW_OUTSIDE_WINDOW);
        }
        for (FlowLimit limit : flow.limits()) {
            String scopeKey = scopeKey(limit, item);
            lock(em, limit.group() + "|" + scopeKey);
            Set<ItemState> counted = EnumSet.of(ItemState.IN_REVIEW);
            counted.addAll(limit.counted());
            String where = switch (limit.scope()) {
                case SUBMITTER -> "i.submitter = :k";
                case GRADUATE -> item.getGraduate() != null ? "i.graduate = :k" : "i.submitter = :k";
                case RECORD -> "i.recordRef = :k";
            };
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(i) FROM ReviewItem i WHERE " + where
                    + " AND i.limitGroups LIKE :g AND i.state IN :states AND i.id <> :self", Long.class)
                    .setParameter("g", "%," + limit.group() + ",%").setParameter("states", counted)
                    .setParameter("self", item.getId() == null ? -1L : item.getId());
            switch (limit.scope()) {
                case SUBMITTER -> q.setParameter("k", item.getSubmitter());
                case GRADUATE -> q.setParameter("k", item.getGraduate() != null ? item.getGraduate()
                        : item.getSubmitter());
                case RECORD -> q.setParameter("k", item.getRecordRef());
            }
            if (q.getSingleResult() >= limit.max()) {
                throw new JiuyeException(CoreError.REVIEW_LIMIT_REACHED);
            }
        }
    }

    private static String scopeKey(FlowLimit limit, ReviewItem item) {
        return switch (limit.scope()) {
            case SUBMITTER -> "s" + item.getSubmitter().getId();
            case GRADUATE -> item.getGraduate() != null ? "g" + item.getGraduate().getId()
                    : "s" + item.getSubmitter().getId();
            case RECORD -> {
                if (item.getRecordRef() == null) {
                    throw JiuyeException.invalid(limit.recordAttribute(), "REQUIRED");
                }
                yield "r" + item.getRecordRef();
            }
        };
    }

    /** Takes the row lock for {@code key} until the transaction ends. */
    private static void lock(EntityManager em, String key) {
        String k = key.length() > 200 ? FlowSnapshots.sha256(key) : key;
        int n = em.createNativeQuery("UPDATE review_limit_lock SET lock_key = lock_key WHERE lock_key = ?")
                .setParameter(1, k).executeUpdate();
        if (n == 0) {
            // first use: a concurrent first use waits on this uncommitted row and then fails as a duplicate
            em.createNativeQuery("INSERT INTO review_limit_lock (lock_key) VALUES (?)").setParameter(1, k)
                    .executeUpdate();
        }
    }
}
