package io.jiuye.core.module;

import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import org.osgi.annotation.versioning.ProviderType;

/** Sends a notification through the senders of its channel that are there now (SMS and e-mail come and go). */
@ProviderType
public interface Notifications {

    boolean available(Channel channel);

    /** Fails with {@code NOTIFICATION_UNAVAILABLE} (503) when no sender of the channel is there. */
    void requireAvailable(Channel channel);

    /** Delivered by at least one sender, or {@code NOTIFICATION_UNAVAILABLE}. */
    void send(Notification notification);
}
