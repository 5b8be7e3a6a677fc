package com.motovaultpro.notification;

import com.motovaultpro.account.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The caller's notification preferences: read (defaults until saved) and saved, checked. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    /** What a person enters; null digest fields keep their defaults. */
    public record Entered(String timeZone, String digest, Integer digestHour, String digestDay, LocalTime quietFrom,
                          LocalTime quietUntil) {
    }

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    public NotificationPreference mine() {
        return find(currentUser.id()).orElseGet(() -> NotificationPreference.defaults(currentUser.id()));
    }

    Optional<NotificationPreference> find(long userId) {
        return Optional.ofNullable(em.find(NotificationPreference.class, userId));
    }

    public NotificationPreference save(Entered entered) {
        ZoneId zone = zone(entered.timeZone());
        DigestSchedule.Frequency digest = choice(DigestSchedule.Frequency.class, entered.digest(),
                DigestSchedule.Frequency.NONE, "digest", "Choose NONE, DAILY or WEEKLY");
        int hour = entered.digestHour() == null ? 7 : entered.digestHour();
        if (hour < 0 || hour > 23) {
            throw new PreferenceProblem("digestHour", "hour", "An hour from 0 to 23");
        }
        DayOfWeek day = choice(DayOfWeek.class, entered.digestDay(), DayOfWeek.MONDAY, "digestDay",
                "A day of the week, e.g. MONDAY");
        if ((entered.quietFrom() == null) != (entered.quietUntil() == null)) {
            throw new PreferenceProblem(entered.quietFrom() == null ? "quietFrom" : "quietUntil", "quiet",
                    "Quiet hours need a start and an end");
        }
        NotificationPreference preference = find(currentUser.id()).orElse(null);
        if (preference == null) {
            preference = new NotificationPreference(currentUser.id());
            em.persist(preference);
        }
        preference.change(zone, digest, hour, day, entered.quietFrom(), entered.quietUntil(), clock.instant());
        em.flush();
        return preference;
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            if (id.length() > 64 || !ZoneId.getAvailableZoneIds().contains(id.strip()) && !id.strip().equals("UTC")) {
                throw new DateTimeException(id);
            }
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new PreferenceProblem("timeZone", "zone", "A time zone such as Europe/Berlin or America/New_York");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String field, String english) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PreferenceProblem(field, field, english);
        }
    }
}
