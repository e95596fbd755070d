package io.jiuye.core.internal.notify;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.api.notify.NotificationSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import io.jiuye.core.module.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a notification through every sender of its channel (senders come and go). It succeeds when at least one
 * sender delivered; with none available or none succeeding it fails with NOTIFICATION_UNAVAILABLE (503).
 */
@Component(service = {Notifier.class, Notifications.class})
public class Notifier implements Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final List<NotificationSender> senders = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addSender(NotificationSender sender) {
        senders.add(sender);
    }

    public void removeSender(NotificationSender sender) {
        senders.remove(sender);
    }

    /** Whether some sender serves the channel. */
    @Override
    public boolean available(Channel channel) {
        return senders.stream().anyMatch(s -> s.channel() == channel);
    }

    /** Fails with NOTIFICATION_UNAVAILABLE when no sender serves the channel. */
    @Override
    public void requireAvailable(Channel channel) {
        if (!available(channel)) {
            throw new JiuyeException(CoreError.NOTIFICATION_UNAVAILABLE, channel.name());
        }
    }

    @Override
    public void send(Notification n) {
        requireAvailable(n.channel());
        int delivered = 0;
        for (NotificationSender s : senders) {
            if (s.channel() != n.channel()) {
                continue;
            }
            try {
                s.send(n);
                delivered++;
            } catch (RuntimeException e) {
                LOG.warn("{} sender {} failed for purpose {}: {}", n.channel(), s.getClass().getName(), n.purpose(),
                        e.toString());
            }
        }
        if (delivered == 0) {
            throw new JiuyeException(CoreError.NOTIFICATION_UNAVAILABLE, n.channel().name());
        }
    }
}
