package com.motovaultpro.calendar;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.platform.security.ApiCaller;
import com.motovaultpro.platform.security.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A user's reminders as a calendar feed behind a secret link. The link's token is 256 random
 * bits shown to the user once; only its SHA-256 is stored. Rotating makes the old link stop
 * working at once. A link created with an API key works only while that key does (it ends when
 * the key is revoked or expires). Reminders due only by odometer have no date and are not in the
 * feed. The token travels in the query string ({@link #path}), which the access log leaves out:
 * a token in the request path would be written to every access log line of every fetch.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Where the feed is served; the token follows as {@code ?token=}. */
    public static final String FEED_PATH = "/calendar/feed.ics";
    /**
     * The owners of working links: made without a key, or with a key that is neither revoked nor
     * expired (the rule of CredentialStatus, in SQL: the calendar reads the key's row, not its code).
     */
    private static final String LIVE_LINK = "SELECT l.user_id FROM calendar_link l"
            + " LEFT JOIN api_key k ON k.id = l.api_key_id"
            + " WHERE (l.api_key_id IS NULL OR (k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())))";

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /**
     * A new secret for the caller's feed link; the previous link stops working. Created with an
     * API key, the link is bound to that key.
     */
    public String rotate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long userId = currentUser.get().getId();
        Long keyId = currentUser.apiCaller().filter(c -> c.method() == ApiCaller.Method.API_KEY)
                .map(c -> keyIdOf(c.credential())).orElse(null);
        // One statement, so two rotations at once (a double click, two replicas) cannot collide.
        Query upsert = em.createNativeQuery("INSERT INTO calendar_link (user_id, token_hash, api_key_id, created_at)"
                        + " VALUES (?1, ?2, " + (keyId == null ? "NULL" : "?3") + ", now()) ON CONFLICT (user_id)"
                        + " DO UPDATE SET token_hash = EXCLUDED.token_hash, api_key_id = EXCLUDED.api_key_id,"
                        + " created_at = EXCLUDED.created_at")
                .setParameter(1, userId).setParameter(2, hash(token));
        if (keyId != null) {
            upsert.setParameter(3, keyId);
        }
        upsert.executeUpdate();
        return token;
    }

    /** The feed's path and query for a token, below the application's context root. */
    public static String path(String token) {
        return FEED_PATH + "?token=" + token;
    }

    /** The caller's feed link stops working. */
    public void disable() {
        CalendarLink link = em.find(CalendarLink.class, currentUser.get().getId());
        if (link != null) {
            em.remove(link);
        }
    }

    /** Whether the caller has a link that works (one bound to a revoked or expired key does not). */
    public boolean isEnabled() {
        return currentUser.find().map(u -> live(em.createNativeQuery(LIVE_LINK + " AND l.user_id = ?1")
                .setParameter(1, u.getId())).isPresent()).orElse(false);
    }

    /** The feed for a link's token, or empty when no working link has that token. */
    public Optional<String> feed(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Optional<Long> ownerId = live(em.createNativeQuery(LIVE_LINK + " AND l.token_hash = ?1")
                .setParameter(1, hash(token)));
        if (ownerId.isEmpty()) {
            return Optional.empty();
        }
        UserAccount owner = em.find(UserAccount.class, ownerId.get());
        List<Object[]> rows = em.createQuery("SELECT r.id, r.dueDate, r.description, r.dueOdometer, r.notes,"
                        + " v.licensePlate, v.year, v.make, v.model FROM Reminder r, Vehicle v"
                        + " WHERE v.id = r.vehicleId AND (v.ownerId = :owner OR EXISTS (SELECT 1 FROM VehicleShare s"
                        + " WHERE s.vehicleId = v.id AND s.userId = :owner AND s.acceptedAt IS NOT NULL)) AND r.completedOn IS NULL AND r.dueDate IS NOT NULL"
                        + " ORDER BY r.dueDate, r.id", Object[].class)
                .setParameter("owner", owner.getId())
                .getResultList();
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("com.motovaultpro.i18n.Messages",
                java.util.Locale.forLanguageTag(owner.getLocale()));
        List<IcsCalendar.Event> events = rows.stream().map(row -> {
            String vehicle = row[5] != null && !((String) row[5]).isBlank() ? (String) row[5]
                    : row[6] + " " + row[7] + " " + row[8];
            String description = (row[3] == null ? "" : java.text.MessageFormat.format(text.getString(
                    "calendar.dueAtOdometer"), ((BigDecimal) row[3]).stripTrailingZeros().toPlainString()))
                    + (row[4] == null ? "" : (row[3] == null ? "" : "\n") + row[4]);
            return new IcsCalendar.Event("reminder-" + row[0] + "@motovaultpro", (LocalDate) row[1],
                    vehicle + ": " + row[2], description);
        }).toList();
        return Optional.of(IcsCalendar.of(text.getString("calendar.name"), events, now));
    }

    /** The id of the API key with this public prefix (the credential an API-key caller names). */
    private Long keyIdOf(String prefix) {
        return ((Number) em.createNativeQuery("SELECT id FROM api_key WHERE prefix = ?1").setParameter(1, prefix)
                .getSingleResult()).longValue();
    }

    private static Optional<Long> live(Query query) {
        return query.getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    static String hash(String token) {
        return TokenHash.sha256Hex(token);
    }
}
