package io.jiuye.api.notify;

import java.time.Instant;

/** A message the development outbox kept (every message while the outbox is enabled). */
public record OutboxMessage(long id, Channel channel, String recipient, String subject, String body, String purpose,
        Instant createdAt) {
}
