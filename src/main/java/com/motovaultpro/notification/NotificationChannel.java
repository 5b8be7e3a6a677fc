package com.motovaultpro.notification;

import com.motovaultpro.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of a person's ways to be notified, with the events it wants. Its secret (a webhook's signing
 * secret, an ntfy or Gotify token) is used to send and never shown after creation — only the
 * person's own personal export, made signed in, carries it ({@code NotificationPersonalData}). An e-mail
 * channel delivers only once its address is confirmed. After {@link #FAILING_AFTER} failed
 * deliveries in a row it is marked failing, with the last reason, until one succeeds.
 */
@Entity
@Table(name = "notification_channel")
public class NotificationChannel extends AuditedEntity {

    private static final long serialVersionUID = 1L;

    /** Failed deliveries in a row after which a channel shows as failing. */
    public static final int FAILING_AFTER = 3;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ChannelKind kind;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, updatable = false, length = 2000)
    private String target;

    @Column(length = 200, updatable = false)
    private String secret;

    @Column(nullable = false, length = 300)
    private String events;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "unsubscribe_token", nullable = false, updatable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "last_failure", length = 500)
    private String lastFailure;

    protected NotificationChannel() {
    }

    NotificationChannel(long userId, ChannelKind kind, String name, String target, String secret,
                        Set<NotificationEvent> events, String unsubscribeToken) {
        this.userId = userId;
        this.kind = kind;
        this.name = name;
        this.target = target;
        this.secret = secret;
        this.events = joined(events);
        this.unsubscribeToken = unsubscribeToken;
    }

    /** Whether it may deliver now: switched on, and for e-mail, its address confirmed. */
    public boolean isDeliverable() {
        return enabled && (kind != ChannelKind.EMAIL || confirmedAt != null);
    }

    /** How the channel stands: switched off, waiting for its address's confirmation, failing, or active. */
    public ChannelStatus status() {
        return !enabled ? ChannelStatus.OFF : !isDeliverable() ? ChannelStatus.AWAITING_CONFIRMATION
                : failingSince != null ? ChannelStatus.FAILING : ChannelStatus.ACTIVE;
    }

    public boolean wants(NotificationEvent event) {
        return !event.isSubscribable() || events().contains(event);
    }

    public Set<NotificationEvent> events() {
        if (events.isBlank()) {
            return EnumSet.noneOf(NotificationEvent.class);
        }
        return Arrays.stream(events.split(",")).map(NotificationEvent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationEvent.class)));
    }

    void change(String newName, Set<NotificationEvent> newEvents, boolean on) {
        name = newName;
        events = joined(newEvents);
        enabled = on;
    }

    void awaitConfirmation(String tokenHash) {
        confirmTokenHash = tokenHash;
        confirmedAt = null;
    }

    void confirm(Instant at) {
        confirmedAt = at;
        confirmTokenHash = null;
    }

    void switchOff() {
        enabled = false;
    }

    void delivered() {
        consecutiveFailures = 0;
        failingSince = null;
        lastFailure = null;
    }

    void failed(String reason, Instant at) {
        consecutiveFailures++;
        lastFailure = reason;
        if (consecutiveFailures >= FAILING_AFTER && failingSince == null) {
            failingSince = at;
        }
    }

    private static String joined(Set<NotificationEvent> events) {
        return events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public long getUserId() {
        return userId;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTarget() {
        return target;
    }

    /** For senders and the person's own export only: never shown, logged or put on a span. */
    String secret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    String getConfirmTokenHash() {
        return confirmTokenHash;
    }

    String unsubscribeToken() {
        return unsubscribeToken;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
