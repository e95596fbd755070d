package io.jiuye.core.internal.notify;

import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.api.notify.NotificationSender;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP with Jakarta Mail (Angus Mail). Registered by {@link SmtpComponent} from {@code io.jiuye.mail}
 * when its {@code host} is set.
 */
public class SmtpSender implements NotificationSender {

    /** Where and how to deliver. */
    public record Settings(String host, int port, String username, String password, String from, boolean starttls,
            int timeoutMillis) {
    }

    private final Settings config;
    private final Clock clock;

    public SmtpSender(Settings settings, Clock clock) {
        this.clock = clock;
        this.config = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    public boolean enabled() {
        return config.host() != null && !config.host().isBlank();
    }

    @Override
    public void send(Notification n) {
        if (!enabled()) {
            throw new IllegalStateException("SMTP is not configured (io.jiuye.mail host is empty)");
        }
        // Jakarta Mail finds its providers (SMTP transport, stream provider) through the context class loader
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
        try {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", config.host());
            props.put("mail.smtp.port", String.valueOf(config.port()));
            props.put("mail.smtp.connectiontimeout", String.valueOf(config.timeoutMillis()));
            props.put("mail.smtp.timeout", String.valueOf(config.timeoutMillis()));
            props.put("mail.smtp.writetimeout", String.valueOf(config.timeoutMillis()));
            boolean auth = config.username() != null && !config.username().isBlank();
            props.put("mail.smtp.auth", String.valueOf(auth));
            if (config.starttls()) {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            Session session = Session.getInstance(props);
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(config.from()));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.recipient(), true));
            m.setSubject(n.subject() == null ? "" : n.subject(), StandardCharsets.UTF_8.name());
            m.setText(n.body(), StandardCharsets.UTF_8.name());
            m.setSentDate(Date.from(clock.instant()));
            if (auth) {
                Transport.send(m, config.username(), config.password());
            } else {
                Transport.send(m);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP delivery failed: " + e.getMessage(), e);
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
