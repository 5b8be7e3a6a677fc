package com.motovaultpro.account.web;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.DisplayPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How pages format numbers, dates and money for the viewer: their formatting locale and currency
 * (by default those of their language). Used by every converter in the pages.
 */
@Named
@RequestScoped
public class FormatView {

    @Inject
    AccountPreferences preferences;

    @Inject
    LanguageView languageView;

    private DisplayPreferences display() {
        return preferences.display(languageView.getLanguage());
    }

    /** Numbers and dates, e.g. de-DE → 1.234,56 and 31.01.2024. */
    public Locale getLocale() {
        return display().formatLocale();
    }

    /** The ISO 4217 code money is shown in. */
    public String getCurrency() {
        return display().currency().getCurrencyCode();
    }

    /** The calendar day of an instant, in the server's time zone, for display. */
    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }

    /** The local date and time of an instant, in the server's time zone, for display. */
    public LocalDateTime dateTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    /** The currency's symbol in the formatting locale (€, $, CHF …). */
    public String getCurrencySymbol() {
        return display().currency().getSymbol(getLocale());
    }
}
