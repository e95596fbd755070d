package io.jiuye.core.internal.notify;

import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.OutboxMessage;
import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message kept by the development outbox. */
@Entity
@Table(name = "notification_outbox")
public class OutboxEntry extends Identified {
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String subject;
    private String body;
    private String purpose;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxEntry() {
    }

    OutboxEntry(Channel channel, String recipient, String subject, String body, String purpose, Instant createdAt) {
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.purpose = purpose;
        this.createdAt = createdAt;
    }

    OutboxMessage toMessage() {
        return new OutboxMessage(id, channel, recipient, subject, body, purpose, createdAt);
    }
}
