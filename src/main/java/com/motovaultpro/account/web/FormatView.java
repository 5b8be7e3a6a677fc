package com.motovaultpro.account.web;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.DisplayPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    /** The currency's symbol in the formatting locale (€, $, CHF …). */
    public String getCurrencySymbol() {
        return display().currency().getSymbol(getLocale());
    }
}
