package io.jiuye.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers notifications of one channel (an OSGi service; the core picks every sender of the channel). A sender
 * that cannot deliver throws; the core then reports the notification as unavailable.
 */
@ConsumerType
public interface NotificationSender {

    Channel channel();

    void send(Notification notification);
}
