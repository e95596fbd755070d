package io.jiuye.api.notify;

import java.util.Objects;

/**
 * One message to one recipient (an e-mail address or a mobile number). {@code purpose} is a stable upper-case code
 * ({@code PHONE_VERIFICATION}, {@code PASSWORD_RESET}, ...) for logs and the outbox; {@code subject} is ignored by SMS.
 */
public record Notification(Channel channel, String recipient, String subject, String body, String purpose) {
    public Notification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }
}
