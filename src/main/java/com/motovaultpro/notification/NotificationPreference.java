package com.motovaultpro.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How a person wants to be notified beyond the channels: their time zone, a daily or weekly digest
 * of what is due at a local hour, and quiet hours that hold pushes until they end. One row per
 * person who changed anything; otherwise the defaults (UTC, no digest, no quiet hours).
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DigestSchedule.Frequency digest = DigestSchedule.Frequency.NONE;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour = 7;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_day", nullable = false, length = 9)
    private DayOfWeek digestDay = DayOfWeek.MONDAY;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_until")
    private LocalTime quietUntil;

    @Column(name = "next_digest_at")
    private Instant nextDigestAt;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(long userId) {
        this.userId = userId;
    }

    /** The defaults, for a person who has no row. */
    static NotificationPreference defaults(long userId) {
        return new NotificationPreference(userId);
    }

    void change(ZoneId zone, DigestSchedule.Frequency frequency, int hour, DayOfWeek day, LocalTime from, LocalTime until,
                Instant now) {
        timeZone = zone.getId();
        digest = frequency;
        digestHour = hour;
        digestDay = day;
        quietFrom = from;
        quietUntil = until;
        scheduleAfter(now);
    }

    /** The next digest after {@code now}, or none. */
    void scheduleAfter(Instant now) {
        nextDigestAt = digest == DigestSchedule.Frequency.NONE ? null
                : DigestSchedule.next(now, zone(), digest, digestHour, digestDay);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Optional<QuietHours> quietHours() {
        return quietFrom == null || quietUntil == null ? Optional.empty() : Optional.of(new QuietHours(quietFrom, quietUntil));
    }

    public Long getUserId() {
        return userId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public DigestSchedule.Frequency getDigest() {
        return digest;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public DayOfWeek getDigestDay() {
        return digestDay;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public LocalTime getQuietUntil() {
        return quietUntil;
    }

    public Instant getNextDigestAt() {
        return nextDigestAt;
    }
}
