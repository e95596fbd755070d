package io.jiuye.core.internal.notify;

import io.jiuye.api.notify.NotificationSender;
import java.time.Clock;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
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
public class SmtpComponent {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpComponent.class);

    /** Configuration. */
    public @interface Config {
        String host() default "";

        int port() default 25;

        String username() default "";

        String password() default "";

        String from() default "noreply@jiuye.local";

        boolean starttls() default false;

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
