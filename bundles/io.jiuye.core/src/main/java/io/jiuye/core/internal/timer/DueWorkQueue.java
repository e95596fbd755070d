package io.jiuye.core.internal.timer;

import io.jiuye.api.JiuyeException;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The durable timer table: schedule work, then claim and complete what is due, safely across nodes. */
@Component(service = DueWorkQueue.class)
public final class DueWorkQueue {
    private static final Duration CLAIM = Duration.ofMinutes(5);

    /**
     * Thrown by work that cannot run yet (e.g. the plugin that defines the item is absent): the entry stays pending
     * and is tried again when its claim expires.
     */
    public static final class Postponed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Postponed(String why) {
            super(why, null, false, false);
        }
    }

    private final Transactions tx;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    @Activate
    public DueWorkQueue(@Reference Transactions tx, @Reference Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Schedules work; joins the caller's transaction, so it exists only if the change that needs it commits. */
    public void schedule(String kind, long refId, long refStamp, Instant dueAt) {
        tx.run(em -> em.persist(new DueWork(kind, refId, refStamp, dueAt)));
    }

    /**
     * Claims up to {@code max} due entries of a kind and hands each to {@code work} in its own transaction; the
     * entry is marked done when {@code work} returns (whatever it answered), and stays pending when it throws
     * {@link Postponed}. Returns how many {@code work} took.
     */
    public int runDue(String kind, int max, Predicate<DueWork> work) {
        Instant now = clock.instant();
        List<Long> claimed = new ArrayList<>();
        for (Long id : dueIds(kind, now, max)) {
            try {
                boolean mine = tx.inTransaction(em -> {
                    DueWork w = em.find(DueWork.class, id);
                    if (w == null || !w.claimable(now)) {
                        return false;
                    }
                    w.claim(node, now.plus(CLAIM));
                    return true;
                });
                if (mine) {
                    claimed.add(id);
                }
            } catch (JiuyeException conflict) {
                // another node claimed it first
            }
        }
        int taken = 0;
        for (Long id : claimed) {
            try {
                boolean did = tx.inTransaction(em -> {
                    DueWork w = em.find(DueWork.class, id);
                    boolean result = work.test(w);
                    w.done(clock.instant());
                    return result;
                });
                taken += did ? 1 : 0;
            } catch (JiuyeException conflict) {
                // our claim expired and another node took the entry over; it completes it
            } catch (Postponed later) {
                // stays claimed until the claim expires, then is tried again
            }
        }
        return taken;
    }

    private List<Long> dueIds(String kind, Instant now, int max) {
        return tx.inTransaction(em -> em.createQuery("SELECT w.id FROM DueWork w WHERE w.kind = :kind"
                + " AND w.doneAt IS NULL AND w.dueAt <= :now AND (w.claimedUntil IS NULL OR w.claimedUntil < :now)"
                + " ORDER BY w.dueAt", Long.class)
                .setParameter("kind", kind).setParameter("now", now).setMaxResults(max).getResultList());
    }
}
