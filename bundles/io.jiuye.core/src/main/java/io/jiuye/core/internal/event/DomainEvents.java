package io.jiuye.core.internal.event;

import io.jiuye.api.event.DomainEvent;
import io.jiuye.api.event.DomainEventListener;
import io.jiuye.api.plugin.SchoolPlugins;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Delivers domain events to the listeners of plugins active in the event's school, synchronously and inside the
 * publisher's transaction: a listener that throws rolls the whole change back.
 */
@Component(service = DomainEvents.class)
public class DomainEvents {
    private final SchoolPlugins schoolPlugins;
    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public DomainEvents(@Reference SchoolPlugins schoolPlugins) {
        this.schoolPlugins = schoolPlugins;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addListener(DomainEventListener l) {
        listeners.add(l);
    }

    public void removeListener(DomainEventListener l) {
        listeners.remove(l);
    }

    public void publish(DomainEvent event) {
        for (DomainEventListener l : listeners) {
            if (l.eventTypes().contains(event.type())
                    && (event.schoolId() == null || schoolPlugins.isActive(event.schoolId(), l.pluginId()))) {
                l.onEvent(event);
            }
        }
    }
}
