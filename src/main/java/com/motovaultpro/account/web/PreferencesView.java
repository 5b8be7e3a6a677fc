package com.motovaultpro.account.web;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.account.Theme;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** settings.xhtml: the signed-in user's formatting locale, currency, units and colour theme. */
@Named
@RequestScoped
public class PreferencesView {

    @Inject
    AccountPreferences preferences;

    @Inject
    FormatView formatView;

    private String formatLocale;
    private String currency;
    private DistanceUnit distanceUnit;
    private VolumeUnit volumeUnit;
    private EconomyUnit economyUnit;
    private EconomyUnit electricEconomyUnit;
    private Theme theme;

    @PostConstruct
    void load() {
        DisplayPreferences.Saved saved = preferences.savedDisplay();
        formatLocale = saved.formatLocale();
        currency = saved.currency();
        distanceUnit = saved.distanceUnit();
        volumeUnit = saved.volumeUnit();
        economyUnit = saved.economyUnit();
        electricEconomyUnit = saved.electricEconomyUnit();
        theme = preferences.theme();
    }

    public String save() {
        try {
            preferences.saveDisplay(new DisplayPreferences.Saved(formatLocale, currency, distanceUnit, volumeUnit,
                    economyUnit, electricEconomyUnit));
            preferences.saveTheme(theme);
        } catch (InvalidFieldsException e) {
            // Only reachable by a forged form: the choices offered are all valid.
            e.errors().forEach(error -> FacesContext.getCurrentInstance().addMessage("preferencesForm:" + error.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
            return null;
        }
        FacesMessages.infoAfterRedirect("preferences.saved");
        return "/settings.xhtml?faces-redirect=true";
    }

    /** The formatting locales offered, each labelled in its own language with a sample. */
    public List<String> getFormatLocales() {
        return DisplayPreferences.FORMAT_LOCALES;
    }

    public String labelOf(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String sample = java.text.NumberFormat.getNumberInstance(locale).format(1234.56);
        return locale.getDisplayName(locale) + " — " + sample;
    }

    /** Every ISO 4217 currency, by code. */
    public List<Currency> getCurrencies() {
        return Currency.getAvailableCurrencies().stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    }

    public String currencyLabel(Currency c) {
        return c.getCurrencyCode() + " — " + c.getDisplayName(formatView.getLocale());
    }

    public List<DistanceUnit> getDistanceUnits() {
        return Arrays.stream(DistanceUnit.values()).filter(DistanceUnit::isDistance).toList();
    }

    public List<VolumeUnit> getVolumeUnits() {
        return Arrays.stream(VolumeUnit.values()).filter(v -> !v.isElectric()).toList();
    }

    public List<EconomyUnit> getEconomyUnits() {
        return Arrays.stream(EconomyUnit.values()).filter(u -> !u.isElectric()).toList();
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme == null ? Theme.SYSTEM : theme;
    }

    public List<EconomyUnit> getElectricEconomyUnits() {
        return Arrays.stream(EconomyUnit.values()).filter(EconomyUnit::isElectric).toList();
    }

    public String getFormatLocale() {
        return formatLocale;
    }

    public void setFormatLocale(String formatLocale) {
        this.formatLocale = formatLocale == null || formatLocale.isBlank() ? null : formatLocale;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null || currency.isBlank() ? null : currency;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public VolumeUnit getVolumeUnit() {
        return volumeUnit;
    }

    public void setVolumeUnit(VolumeUnit volumeUnit) {
        this.volumeUnit = volumeUnit;
    }

    public EconomyUnit getEconomyUnit() {
        return economyUnit;
    }

    public void setEconomyUnit(EconomyUnit economyUnit) {
        this.economyUnit = economyUnit;
    }

    public EconomyUnit getElectricEconomyUnit() {
        return electricEconomyUnit;
    }

    public void setElectricEconomyUnit(EconomyUnit electricEconomyUnit) {
        this.electricEconomyUnit = electricEconomyUnit;
    }
}
