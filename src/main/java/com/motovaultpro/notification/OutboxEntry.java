package com.motovaultpro.notification;

import com.motovaultpro.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification for one channel: written with the change that caused it, delivered by the
 * replica that claims it, retried with backoff, and kept as the person's history.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxEntry extends AuditedEntity {

    private static final long serialVersionUID = 1L;

    /** Attempts after which a notification is given up on (about 2 to 4.5 hours of retries, see {@link Backoff}). */
    public static final int MAX_ATTEMPTS = 10;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private NotificationEvent event;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private UUID idempotencyKey;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEntry() {
    }

    void sent(Instant at) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: retried at {@code retryAt}, or given up on after the last attempt. */
    void failed(String reason, Instant retryAt) {
        attempts++;
        lastError = reason;
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Not attempted now (its destination's circuit is open, or quiet hours): tried again later. */
    void deferred(String reason, Instant until) {
        lastError = reason;
        nextAttemptAt = until;
    }

    /** Given up on without an attempt (the channel was switched off or is unconfirmed). */
    void dropped(String reason) {
        status = OutboxStatus.FAILED;
        lastError = reason;
    }

    public long getChannelId() {
        return channelId;
    }

    public long getUserId() {
        return userId;
    }

    public NotificationEvent getEvent() {
        return event;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPayload() {
        return payload;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
