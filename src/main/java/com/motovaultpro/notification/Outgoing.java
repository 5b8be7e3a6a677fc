package com.motovaultpro.notification;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One attempt at delivering a notification: the channel, the outbox entry, its rendered notice and
 * facts, and the person's texts (for what a sender adds, such as an e-mail's footer).
 */
record Outgoing(NotificationChannel channel, OutboxEntry entry, Notice notice, JsonObject facts, NoticeText text,
                Instant now) {
}
