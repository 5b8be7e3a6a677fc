package com.motovaultpro.notification;

import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.platform.config.AppSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Delivers one due notification per transaction. The row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and stays locked while it is sent: no other replica can send it
 * meanwhile, and if this replica dies the database drops the lock with the connection and another
 * sends it (at least once; the idempotency key lets a receiver drop the repeat). The result — sent,
 * retry later, given up — is committed with the claim.
 */
@ApplicationScoped
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    Instance<ChannelSender> senderBeans;

    @Inject
    HostBreakers breakers;

    @Inject
    NotificationMetrics metrics;

    @Inject
    AppSettings settings;

    Clock clock = Clock.systemUTC();

    private volatile Map<ChannelKind, ChannelSender> senders;

    /** Delivers the next due notification, if there is one; returns its outcome. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> deliverNext() {
        List<?> due = em.createNativeQuery("SELECT id FROM notification_outbox WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        OutboxEntry entry = em.find(OutboxEntry.class, ((Number) due.get(0)).longValue());
        NotificationChannel channel = em.find(NotificationChannel.class, entry.getChannelId());
        return Optional.of(deliver(entry, channel));
    }

    private String deliver(OutboxEntry entry, NotificationChannel channel) {
        Instant now = clock.instant();
        if (!channel.isEnabled()) {
            return dropped(entry, channel, "the channel is switched off");
        }
        if (!channel.isDeliverable() && entry.getEvent() != NotificationEvent.ADDRESS_CONFIRMATION) {
            return dropped(entry, channel, "the address is not confirmed");
        }
        Optional<Instant> quiet = quietUntil(channel, entry, now);
        if (quiet.isPresent()) {
            entry.deferred("quiet hours", quiet.get());
            metrics.count(channel.getKind(), "deferred");
            return "deferred";
        }
        JsonObject facts;
        Notice notice;
        NoticeText text;
        try {
            facts = Json.createReader(new StringReader(entry.getPayload())).readObject();
            UserAccount person = em.find(UserAccount.class, entry.getUserId());
            Locale format = DisplayPreferences.resolve(person.getLocale(), person.getDisplayPreferences()).formatLocale();
            text = new NoticeText(Locale.forLanguageTag(person.getLocale()), format);
            notice = text.render(entry.getEvent(), facts);
        } catch (RuntimeException e) {
            // Never a row that blocks the queue: a notification that cannot be rendered is given up on.
            LOG.log(Level.WARNING, "Notification " + entry.getId() + " cannot be rendered", e);
            return dropped(entry, channel, "could not be rendered (" + e.getClass().getSimpleName() + ")");
        }
        String host = hostOf(channel);
        CircuitBreaker breaker = breakers.of(channel.getKind() + ":" + host);
        if (!breaker.tryAcquirePermission()) {
            entry.deferred(host + " failed repeatedly; trying again later", now.plus(HostBreakers.OPEN_FOR));
            metrics.count(channel.getKind(), "deferred");
            return "deferred";
        }
        long started = System.nanoTime();
        try {
            sender(channel.getKind()).send(new Outgoing(channel, entry, notice, facts, text, now));
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            entry.sent(now);
            recordChannel(channel, null, now);
            metrics.count(channel.getKind(), "sent");
            return "sent";
        } catch (DeliveryException | TimeoutException e) {
            if (e instanceof TimeoutException || ((DeliveryException) e).isHostUnwell()) {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            } else {
                // The host answered (a person's wrong token, a refused address): it is well.
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            String reason = e instanceof TimeoutException ? "no answer in time" : e.getMessage();
            boolean permanent = e instanceof DeliveryException d && d.isPermanent();
            entry.failed(reason, retryAt(entry, now));
            if (permanent) {
                entry.dropped(reason);
            }
            recordChannel(channel, reason, now);
            metrics.count(channel.getKind(), "failed");
            LOG.fine(() -> "Notification " + entry.getId() + " to a " + channel.getKind() + " channel failed: " + reason);
            return "failed";
        } catch (RuntimeException e) {
            // A fault of ours, not the destination's: recorded as a failed attempt (so the row never
            // blocks the queue), the circuit's permission given back.
            breaker.releasePermission();
            LOG.log(Level.WARNING, "Notification " + entry.getId() + " failed unexpectedly", e);
            entry.failed("internal error (" + e.getClass().getSimpleName() + ")", retryAt(entry, now));
            metrics.count(channel.getKind(), "failed");
            return "failed";
        }
    }

    /** When a failed entry is tried again: backoff with jitter from its attempts so far. */
    private Instant retryAt(OutboxEntry entry, Instant now) {
        return now.plus(Backoff.after(entry.getAttempts() + 1, settings.notifications().firstRetry(),
                ThreadLocalRandom.current()::nextDouble));
    }

    /** Pushes (ntfy, Gotify) wait out the person's quiet hours; a test is sent at once, as asked. */
    private Optional<Instant> quietUntil(NotificationChannel channel, OutboxEntry entry, Instant now) {
        if ((channel.getKind() != ChannelKind.NTFY && channel.getKind() != ChannelKind.GOTIFY)
                || entry.getEvent() == NotificationEvent.TEST) {
            return Optional.empty();
        }
        NotificationPreference preference = em.find(NotificationPreference.class, entry.getUserId());
        return preference == null ? Optional.empty()
                : preference.quietHours().flatMap(hours -> hours.holdUntil(now, preference.zone()));
    }

    private String dropped(OutboxEntry entry, NotificationChannel channel, String reason) {
        entry.dropped(reason);
        metrics.count(channel.getKind(), "dropped");
        return "dropped";
    }

    /**
     * The channel's failure count, by SQL rather than through the entity: a person editing the
     * channel meanwhile must not make this transaction fail after the notification went out.
     */
    private void recordChannel(NotificationChannel channel, String failure, Instant now) {
        String sql = failure == null
                ? "UPDATE notification_channel SET consecutive_failures = 0, failing_since = NULL, last_failure = NULL"
                        + " WHERE id = ?1 AND consecutive_failures > 0"
                : "UPDATE notification_channel SET consecutive_failures = consecutive_failures + 1, last_failure = ?2,"
                        + " failing_since = CASE WHEN failing_since IS NULL AND consecutive_failures + 1 >= "
                        + NotificationChannel.FAILING_AFTER + " THEN ?3 ELSE failing_since END WHERE id = ?1";
        var update = em.createNativeQuery(sql).setParameter(1, channel.getId());
        if (failure != null) {
            update.setParameter(2, failure.length() > 500 ? failure.substring(0, 500) : failure)
                    .setParameter(3, Timestamp.from(now));
        }
        update.executeUpdate();
    }

    static String hostOf(NotificationChannel channel) {
        if (channel.getKind() == ChannelKind.EMAIL) {
            return "smtp";
        }
        URI target = URI.create(channel.getTarget());
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        return target.getPort() < 0 ? host : host + ":" + target.getPort();
    }

    private ChannelSender sender(ChannelKind kind) {
        Map<ChannelKind, ChannelSender> known = senders;
        if (known == null) {
            known = new EnumMap<>(ChannelKind.class);
            for (ChannelSender sender : senderBeans) {
                known.put(sender.kind(), sender);
            }
            senders = known;
        }
        ChannelSender sender = known.get(kind);
        if (sender == null) {
            throw new IllegalStateException("No sender for " + kind);
        }
        return sender;
    }
}
