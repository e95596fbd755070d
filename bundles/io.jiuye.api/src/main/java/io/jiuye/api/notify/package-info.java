/**
 * Notifications (e-mail, SMS) and the senders that deliver them. The core ships an SMTP sender (Jakarta Mail,
 * configuration {@code io.jiuye.mail}) and a development outbox that keeps every message in the database
 * (configuration {@code io.jiuye.outbox}). SMS has no real provider yet: the outbox is its only sender, so an SMS
 * provider is one more {@link io.jiuye.api.notify.NotificationSender} bundle.
 */
@Version("0.1.0")
@Export
package io.jiuye.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
