package io.jiuye.api.event;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's reaction to domain events, run in the same transaction as the change that raised them (Shandong's
 * SD-3 automatic release of a destination when the student signs). Throwing rolls the whole change back. Runs only
 * for schools where {@link #pluginId()} is active.
 */
@ConsumerType
public interface DomainEventListener {

    /** The plugin this listener belongs to. */
    String pluginId();

    /** The event types it wants. */
    Set<String> eventTypes();

    void onEvent(DomainEvent event);
}
