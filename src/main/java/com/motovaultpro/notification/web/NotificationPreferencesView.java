package com.motovaultpro.notification.web;

import com.motovaultpro.notification.DigestSchedule;
import com.motovaultpro.notification.NotificationPreference;
import com.motovaultpro.notification.NotificationPreferences;
import com.motovaultpro.notification.PreferenceProblem;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The notification preferences on settings.xhtml: time zone, digest (none, daily, weekly; hour
 * and day) and quiet hours, chosen from lists (half hours for the quiet hours).
 */
@Named
@RequestScoped
public class NotificationPreferencesView {

    static final String FORM = "notificationPreferencesForm";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    NotificationPreferences preferences;

    private String timeZone;
    private DigestSchedule.Frequency digest;
    private int digestHour;
    private DayOfWeek digestDay;
    private String quietFrom;
    private String quietUntil;

    @PostConstruct
    void load() {
        NotificationPreference saved = preferences.mine();
        timeZone = saved.getTimeZone();
        digest = saved.getDigest();
        digestHour = saved.getDigestHour();
        digestDay = saved.getDigestDay();
        quietFrom = saved.getQuietFrom() == null ? "" : saved.getQuietFrom().toString();
        quietUntil = saved.getQuietUntil() == null ? "" : saved.getQuietUntil().toString();
    }

    public void save() {
        try {
            preferences.save(new NotificationPreferences.Entered(timeZone, digest.name(), digestHour, digestDay.name(),
                    time(quietFrom), time(quietUntil)));
            FacesMessages.info("notify.preferences.saved");
        } catch (PreferenceProblem e) {
            FacesMessages.error(FORM + ":" + e.field(), "notify.preferences.problem." + e.code());
        }
    }

    private static LocalTime time(String value) {
        return value == null || value.isBlank() ? null : LocalTime.parse(value);
    }

    public List<String> getZones() {
        List<String> zones = new ArrayList<>(ZONES);
        zones.add(0, "UTC");
        return zones;
    }

    public DigestSchedule.Frequency[] getFrequencies() {
        return DigestSchedule.Frequency.values();
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    /** Every half hour of a day, as HH:mm. */
    public List<String> getTimes() {
        return IntStream.range(0, 48).mapToObj(i -> LocalTime.of(i / 2, (i % 2) * 30).toString()).toList();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public DigestSchedule.Frequency getDigest() {
        return digest;
    }

    public void setDigest(DigestSchedule.Frequency digest) {
        this.digest = digest;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public DayOfWeek getDigestDay() {
        return digestDay;
    }

    public void setDigestDay(DayOfWeek digestDay) {
        this.digestDay = digestDay;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietUntil() {
        return quietUntil;
    }

    public void setQuietUntil(String quietUntil) {
        this.quietUntil = quietUntil;
    }
}
