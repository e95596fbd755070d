package io.jiuye.core.internal.notify;

import io.jiuye.api.Principal;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.NotificationSender;
import io.jiuye.api.notify.OutboxMessage;
import io.jiuye.api.notify.OutboxService;
import io.jiuye.core.module.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The development outbox as OSGi services: {@link OutboxService} always (operators read it), and one
 * {@link NotificationSender} per channel while {@code enabled} (default true; switch it off in production once a
 * real SMS provider is installed, or keep it as a copy of every message).
 */
@Component(service = OutboxService.class, configurationPid = "io.jiuye.outbox",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OutboxComponent.Config.class)
public class OutboxComponent implements OutboxService {

    /** Configuration {@code io.jiuye.outbox}; switching it applies without a restart. */
    @ObjectClassDefinition(name = "Jiuye outbox", description = "The development outbox that stands in for SMS and"
            + " e-mail delivery")
    public @interface Config {
        @AttributeDefinition(description = "Whether messages (codes in the clear) go to the outbox table; off in"
                + " production once real senders exist")
        boolean enabled() default true;
    }

    private final OutboxSender outbox;
    private final List<ServiceRegistration<NotificationSender>> registrations = new ArrayList<>();

    private final BundleContext context;

    @Activate
    public OutboxComponent(@Reference Transactions tx, @Reference Clock clock, BundleContext context, Config config) {
        this.outbox = new OutboxSender(tx, clock);
        this.context = context;
        modified(config);
    }

    @Modified
    synchronized void modified(Config config) {
        if (config.enabled() && registrations.isEmpty()) {
            for (Channel c : Channel.values()) {
                registrations.add(context.registerService(NotificationSender.class, outbox.sender(c), null));
            }
        } else if (!config.enabled()) {
            deactivate();
        }
    }

    @Deactivate
    synchronized void deactivate() {
        registrations.forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException ignored) {
                // already gone with the bundle
            }
        });
        registrations.clear();
    }

    @Override
    public List<OutboxMessage> list(Principal caller, String recipient, int limit) {
        return outbox.list(caller, recipient, limit);
    }
}
