package io.jiuye.core.internal.notify;

import io.jiuye.api.notify.NotificationSender;
import java.time.Clock;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configuration {@code io.jiuye.mail} (host, port, username, password, from, starttls): registers the SMTP e-mail
 * sender when {@code host} is not empty; with an empty host, e-mail goes only to the outbox (if enabled).
 */
@Component(service = {}, immediate = true, configurationPid = "io.jiuye.mail",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SmtpComponent.Config.class)
public class SmtpComponent {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpComponent.class);

    /** Configuration {@code io.jiuye.mail}: a change re-registers the sender (nothing else restarts). */
    @ObjectClassDefinition(name = "Jiuye e-mail", description = "The SMTP server that e-mail notifications go"
            + " through; without a host no e-mail sender is registered")
    public @interface Config {
        @AttributeDefinition(description = "SMTP host; empty: no e-mail sender")
        String host() default "";

        int port() default 25;

        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Sender address")
        String from() default "noreply@jiuye.local";

        @AttributeDefinition(description = "Require STARTTLS")
        boolean starttls() default false;

        @AttributeDefinition(description = "Connect, read and write timeout in milliseconds", min = "100")
        int timeoutMillis() default 10_000;
    }

    private ServiceRegistration<NotificationSender> registration;

    @Activate
    public SmtpComponent(@Reference Clock clock, BundleContext context, Config c) {
        if (c.host() == null || c.host().isBlank()) {
            LOG.info("SMTP e-mail disabled: io.jiuye.mail has no host");
            return;
        }
        SmtpSender sender = new SmtpSender(new SmtpSender.Settings(c.host().strip(), c.port(), c.username(),
                c.password(), c.from(), c.starttls(), c.timeoutMillis()), clock);
        registration = context.registerService(NotificationSender.class, sender, null);
        LOG.info("SMTP e-mail via {}:{}", c.host(), c.port());
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException ignored) {
                // already gone with the bundle
            }
        }
    }
}
