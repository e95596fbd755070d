package io.jiuye.core.internal.notify;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.api.notify.NotificationSender;
import io.jiuye.api.notify.OutboxMessage;
import io.jiuye.api.notify.OutboxService;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * The development outbox: keeps every message in {@code notification_outbox} instead of (or besides) delivering
 * it, one sender per channel. It is the only SMS sender until a real provider exists. Registered by
 * {@link OutboxComponent} when {@code io.jiuye.outbox} has {@code enabled=true} (the default).
 */
public final class OutboxSender implements OutboxService {
    private static final int MAX_BODY = 4000;

    private final Transactions tx;
    private final Clock clock;

    public OutboxSender(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The sender of one channel, writing to this outbox. */
    public NotificationSender sender(Channel channel) {
        return new NotificationSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(Notification n) {
                store(n);
            }
        };
    }

    void store(Notification n) {
        String body = n.body().length() > MAX_BODY ? n.body().substring(0, MAX_BODY) : n.body();
        String subject = n.subject() == null || n.subject().length() <= 200 ? n.subject() : n.subject().substring(0, 200);
        tx.run(em -> em.persist(new OutboxEntry(n.channel(), n.recipient(), subject, body, n.purpose(),
                clock.instant())));
    }

    @Override
    public List<OutboxMessage> list(Principal caller, String recipient, int limit) {
        if (!caller.is(Role.OPERATOR) && !caller.is(Role.SYSTEM)) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        int max = Math.max(1, Math.min(limit, 200));
        return tx.inTransaction(em -> (recipient == null || recipient.isBlank()
                ? em.createQuery("SELECT o FROM OutboxEntry o ORDER BY o.id DESC", OutboxEntry.class)
                : em.createQuery("SELECT o FROM OutboxEntry o WHERE o.recipient = :r ORDER BY o.id DESC",
                        OutboxEntry.class).setParameter("r", recipient.strip()))
                .setMaxResults(max).getResultList().stream().map(OutboxEntry::toMessage).toList());
    }
}
