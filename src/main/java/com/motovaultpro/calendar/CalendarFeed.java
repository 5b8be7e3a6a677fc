package com.motovaultpro.calendar;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A user's reminders as a calendar feed behind a secret link. The link's token is 256 random
 * bits shown to the user once; only its SHA-256 is stored. Rotating makes the old link stop
 * working at once. Reminders due only by odometer have no date and are not in the feed.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** A new secret for the caller's feed link; the previous link stops working. */
    public String rotate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.find(UserAccount.class, currentUser.get().getId()).setCalendarTokenHash(hash(token));
        return token;
    }

    /** The feed's path for a token, below the application's context root. */
    public static String path(String token) {
        return "/calendar/" + token + ".ics";
    }

    /** The caller's feed link stops working. */
    public void disable() {
        em.find(UserAccount.class, currentUser.get().getId()).setCalendarTokenHash(null);
    }

    public boolean isEnabled() {
        return currentUser.find().map(UserAccount::getCalendarTokenHash).isPresent();
    }

    /** The feed for a link's token, or empty when no account has that token. */
    public Optional<String> feed(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        List<UserAccount> owners = em.createQuery("SELECT u FROM UserAccount u WHERE u.calendarTokenHash = :hash",
                UserAccount.class).setParameter("hash", hash(token)).getResultList();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("SELECT r.id, r.dueDate, r.description, r.dueOdometer, r.notes,"
                        + " v.licensePlate, v.year, v.make, v.model FROM Reminder r, Vehicle v"
                        + " WHERE v.id = r.vehicleId AND (v.ownerId = :owner OR EXISTS (SELECT 1 FROM VehicleShare s"
                        + " WHERE s.vehicleId = v.id AND s.userId = :owner AND s.acceptedAt IS NOT NULL)) AND r.completedOn IS NULL AND r.dueDate IS NOT NULL"
                        + " ORDER BY r.dueDate, r.id", Object[].class)
                .setParameter("owner", owners.get(0).getId())
                .getResultList();
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("com.motovaultpro.i18n.Messages",
                java.util.Locale.forLanguageTag(owners.get(0).getLocale()));
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

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
