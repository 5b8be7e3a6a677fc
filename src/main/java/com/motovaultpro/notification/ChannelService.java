package com.motovaultpro.notification;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.security.TokenHash;
import com.motovaultpro.platform.validation.PlainTextValidator;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person's notification channels: set up (a webhook's secret is made here and shown once; an
 * e-mail address gets a confirmation link first), changed, removed, tested; e-mail addresses
 * confirmed and channels unsubscribed through the links in messages.
 */
@ApplicationScoped
@Transactional
public class ChannelService {

    static final int MAX_CHANNELS = 20;
    /** A webhook's signing secret as made here: {@code whsec_} and at least 24 random bytes, URL-safe Base64. */
    static final Pattern WEBHOOK_SECRET = Pattern.compile("whsec_[A-Za-z0-9_-]{32,120}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A channel just set up, with its webhook secret: the only time it is shown. */
    public record Created(NotificationChannel channel, Optional<String> secret) {
    }

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpDelivery http;

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    AppSettings settings;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** Whether e-mail can be offered: an SMTP server is configured. */
    public boolean emailAvailable() {
        return settings.notifications().smtp().isPresent();
    }

    public List<NotificationChannel> mine() {
        return em.createQuery("SELECT c FROM NotificationChannel c WHERE c.userId = :user ORDER BY c.id",
                        NotificationChannel.class)
                .setParameter("user", currentUser.id())
                .getResultList();
    }

    public NotificationChannel get(long id) {
        NotificationChannel channel = em.find(NotificationChannel.class, id);
        if (channel == null || channel.getUserId() != currentUser.id()) {
            throw new ChannelException(ChannelException.Reason.NOT_FOUND);
        }
        return channel;
    }

    public Created create(ChannelSetup setup) {
        return setUp(setup, null);
    }

    /**
     * Sets up a channel of the person's personal export, checked as {@link #create}: a webhook
     * keeps the secret it had, so that its receiver still verifies the signatures; a channel that
     * was switched off stays off, and an e-mail address that was, awaits confirmation without a
     * message being sent to it (switching it on asks for the confirmation).
     */
    Created restore(ChannelSetup setup, String webhookSecret) {
        return setUp(setup, restoredSecret(webhookSecret));
    }

    /**
     * What {@link #restore} would refuse in a channel of a personal export, without refusing: a
     * refusal leaving this bean dooms the caller's transaction, and a restore goes on without a
     * channel this server cannot serve.
     */
    List<ChannelProblem> problemsOf(ChannelSetup setup, String webhookSecret) {
        List<ChannelProblem> errors = new ArrayList<>();
        check(setup, restoredSecret(webhookSecret), errors);
        return errors;
    }

    private static String restoredSecret(String webhookSecret) {
        return webhookSecret == null ? "" : webhookSecret;
    }

    /** What a set-up holds, checked; a problem each in {@code errors}. */
    private record Checked(ChannelKind kind, String name, Set<NotificationEvent> events, String target, String token) {
    }

    private Checked check(ChannelSetup setup, String webhookSecret, List<ChannelProblem> errors) {
        ChannelKind kind = kind(setup.kind(), errors);
        String name = name(setup.name(), errors);
        Set<NotificationEvent> events = events(setup.events(), errors);
        String target = kind == null ? null : target(kind, setup.target(), errors);
        String token = setup.token() == null || setup.token().isBlank() ? null : setup.token().strip();
        if (kind == ChannelKind.GOTIFY && token == null) {
            errors.add(new ChannelProblem("token", ChannelProblem.Code.TOKEN_REQUIRED));
        }
        if (token != null && (token.length() > 200 || !token.matches("[\\x21-\\x7e]+"))) {
            errors.add(new ChannelProblem("token", ChannelProblem.Code.TOKEN_INVALID));
        }
        if (kind == ChannelKind.WEBHOOK && webhookSecret != null && !WEBHOOK_SECRET.matcher(webhookSecret).matches()) {
            errors.add(new ChannelProblem("secret", ChannelProblem.Code.SECRET_INVALID));
        }
        return new Checked(kind, name, events, target, token);
    }

    /** {@code webhookSecret}: null to make one; otherwise the one a restored webhook had. */
    private Created setUp(ChannelSetup setup, String webhookSecret) {
        List<ChannelProblem> errors = new ArrayList<>();
        Checked checked = check(setup, webhookSecret, errors);
        if (!errors.isEmpty()) {
            throw new ChannelSetupException(errors);
        }
        if (mine().size() >= MAX_CHANNELS) {
            throw new ChannelException(ChannelException.Reason.TOO_MANY);
        }
        ChannelKind kind = checked.kind();
        String name = checked.name();
        Set<NotificationEvent> events = checked.events();
        String target = checked.target();
        String token = checked.token();
        String secret = switch (kind) {
            case WEBHOOK -> webhookSecret == null ? "whsec_" + randomToken() : webhookSecret;
            case NTFY, GOTIFY -> token;
            case EMAIL -> null;
        };
        NotificationChannel channel = new NotificationChannel(currentUser.id(), kind, name, target, secret, events,
                randomToken());
        boolean on = setup.enabled() == null || setup.enabled();
        if (!on) {
            channel.change(name, events, false);
        }
        if (kind == ChannelKind.EMAIL) {
            em.persist(channel);
            if (on) {
                askForConfirmation(channel);
            }
        } else {
            channel.confirm(clock.instant());
            em.persist(channel);
        }
        em.flush();
        return new Created(channel, kind == ChannelKind.WEBHOOK ? Optional.of(secret) : Optional.empty());
    }

    /** Sends a new confirmation link to an e-mail channel's address; the channel awaits it. */
    private void askForConfirmation(NotificationChannel channel) {
        String confirmation = randomToken();
        channel.awaitConfirmation(sha256(confirmation));
        em.flush();
        outbox.write(channel, NotificationEvent.ADDRESS_CONFIRMATION, "confirm:" + UUID.randomUUID(),
                Json.createObjectBuilder().add("link", link("/notifications/confirm?token=" + confirmation)).build());
        dispatcher.wake();
    }

    public NotificationChannel change(long id, ChannelSetup setup) {
        NotificationChannel channel = get(id);
        List<ChannelProblem> errors = new ArrayList<>();
        String name = setup.name() == null ? channel.getName() : name(setup.name(), errors);
        Set<NotificationEvent> events = setup.events() == null ? channel.events() : events(setup.events(), errors);
        if (!errors.isEmpty()) {
            throw new ChannelSetupException(errors);
        }
        boolean wasOn = channel.isEnabled();
        channel.change(name, events, setup.enabled() == null ? wasOn : setup.enabled());
        em.flush();
        if (!wasOn && channel.isEnabled() && channel.getKind() == ChannelKind.EMAIL && channel.getConfirmedAt() == null) {
            // An address never confirmed (its link lost, or restored switched off) gets a new link when switched on.
            askForConfirmation(channel);
        }
        return channel;
    }

    public void delete(long id) {
        em.remove(get(id));
        em.flush();
    }

    /** Queues a test notification for the channel and asks for delivery at once; returns its outbox id. */
    public long sendTest(long id) {
        NotificationChannel channel = get(id);
        if (!channel.isDeliverable()) {
            throw new ChannelException(ChannelException.Reason.NOT_DELIVERABLE);
        }
        String key = "test:" + UUID.randomUUID();
        outbox.write(channel, NotificationEvent.TEST, key, Json.createObjectBuilder()
                .add("channel", channel.getName())
                .add("link", link("/account/settings.xhtml")).build());
        dispatcher.wake();
        return em.createQuery("SELECT e.id FROM OutboxEntry e WHERE e.channelId = :channel AND e.dedupeKey = :key",
                        Long.class)
                .setParameter("channel", id)
                .setParameter("key", key)
                .getSingleResult();
    }

    /** The caller's latest notifications, newest first. */
    public List<OutboxEntry> history(int limit) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.userId = :user ORDER BY e.createdAt DESC, e.id DESC",
                        OutboxEntry.class)
                .setParameter("user", currentUser.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /** The e-mail channel a confirmation link with {@code token} is for, unconfirmed as yet. */
    public Optional<NotificationChannel> awaitingConfirmation(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM NotificationChannel c WHERE c.confirmTokenHash = :hash",
                        NotificationChannel.class)
                .setParameter("hash", sha256(token))
                .getResultStream().findFirst();
    }

    /** Confirms the e-mail address a confirmation link with {@code token} is for; empty when none is. */
    public Optional<NotificationChannel> confirm(String token) {
        Optional<NotificationChannel> channel = awaitingConfirmation(token);
        channel.ifPresent(c -> c.confirm(clock.instant()));
        return channel;
    }

    /** The channel an unsubscribe link with {@code token} is for. */
    public Optional<NotificationChannel> subscribed(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM NotificationChannel c WHERE c.unsubscribeToken = :token",
                        NotificationChannel.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Switches off the channel an unsubscribe link with {@code token} is for; empty when none is. */
    public Optional<NotificationChannel> unsubscribe(String token) {
        Optional<NotificationChannel> channel = subscribed(token);
        channel.ifPresent(NotificationChannel::switchOff);
        return channel;
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= 16 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
    }

    private String link(String path) {
        return publicUrl.link(path).toString();
    }

    private ChannelKind kind(String kind, List<ChannelProblem> errors) {
        for (ChannelKind k : ChannelKind.values()) {
            if (k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                if (k == ChannelKind.EMAIL && !emailAvailable()) {
                    errors.add(new ChannelProblem("kind", ChannelProblem.Code.EMAIL_UNAVAILABLE));
                }
                return k;
            }
        }
        errors.add(new ChannelProblem("kind", ChannelProblem.Code.KIND_UNKNOWN));
        return null;
    }

    private static String name(String name, List<ChannelProblem> errors) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80 || !PlainTextValidator.isPlain(trimmed, false)) {
            errors.add(new ChannelProblem("name", ChannelProblem.Code.NAME_REQUIRED));
        }
        return trimmed;
    }

    private static Set<NotificationEvent> events(List<String> names, List<ChannelProblem> errors) {
        Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
        if (names == null) {
            events.addAll(NotificationEvent.subscribable());
            return events;
        }
        for (String name : names) {
            Optional<NotificationEvent> event = NotificationEvent.subscribable(name == null ? "" : name.strip());
            if (event.isEmpty()) {
                errors.add(new ChannelProblem("events", ChannelProblem.Code.EVENT_UNKNOWN, "'" + name
                        + "'; known: " + NotificationEvent.subscribable()));
            } else {
                events.add(event.get());
            }
        }
        return events;
    }

    private String target(ChannelKind kind, String raw, List<ChannelProblem> errors) {
        String target = raw == null ? "" : raw.strip();
        if (target.isEmpty() || target.length() > 2000) {
            errors.add(new ChannelProblem("target", ChannelProblem.Code.TARGET_REQUIRED));
            return target;
        }
        if (kind == ChannelKind.EMAIL) {
            try {
                InternetAddress address = new InternetAddress(target, true);
                if (target.length() > 254 || address.getPersonal() != null || !target.contains("@")) {
                    throw new AddressException("not a plain address");
                }
                return address.getAddress();
            } catch (AddressException e) {
                errors.add(new ChannelProblem("target", ChannelProblem.Code.NOT_AN_ADDRESS));
                return target;
            }
        }
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            errors.add(new ChannelProblem("target", ChannelProblem.Code.NOT_A_URL));
            return target;
        }
        http.refusalOf(url).ifPresent(why -> errors.add(new ChannelProblem("target",
                ChannelProblem.Code.DESTINATION_REFUSED, why)));
        return target;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return TokenHash.sha256Hex(token);
    }
}
