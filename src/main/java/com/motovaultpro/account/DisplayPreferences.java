package com.motovaultpro.account;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a user wants numbers, dates, money and units shown: the formatting locale (e.g. de-DE gives
 * 1.234,56 and 31.01.2024), the currency (ISO 4217), and optionally a distance, volume and economy
 * unit overriding each vehicle's own. Pure rules: what the defaults are and what may be saved.
 *
 * @param formatLocale        numbers and dates
 * @param currency            money
 * @param distanceUnit        distances and cost per distance (empty: each vehicle's odometer unit)
 * @param volumeUnit          fuel quantities (empty: each vehicle's unit)
 * @param economyUnit         liquid fuel economy (empty: the vehicle's natural unit)
 * @param electricEconomyUnit electric economy (empty: the vehicle's natural unit)
 */
public record DisplayPreferences(Locale formatLocale, Currency currency, Optional<DistanceUnit> distanceUnit,
                                 Optional<VolumeUnit> volumeUnit, Optional<EconomyUnit> economyUnit,
                                 Optional<EconomyUnit> electricEconomyUnit) {

    /** Formatting locales offered (a language with a country, so the currency default is clear). */
    public static final List<String> FORMAT_LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IE", "de-DE",
            "de-AT", "de-CH", "fr-FR", "fr-CH", "nl-NL", "it-IT", "es-ES", "sv-SE", "pl-PL");

    private static final Map<String, String> FORMAT_FOR_LANGUAGE = Map.of("en", "en-US", "de", "de-DE", "fr", "fr-FR",
            "es", "es-ES", "nl", "nl-NL");

    /** As stored: nulls mean "default". */
    public record Saved(String formatLocale, String currency, DistanceUnit distanceUnit, VolumeUnit volumeUnit,
                        EconomyUnit economyUnit, EconomyUnit electricEconomyUnit) implements java.io.Serializable {

        public static final Saved DEFAULTS = new Saved(null, null, null, null, null, null);
    }

    /** A field that cannot be saved, and why. */
    public record Problem(String field, String message) {
    }

    /** The preferences in effect for a user of {@code language} who saved {@code saved}. */
    public static DisplayPreferences resolve(String language, Saved saved) {
        String tag = saved.formatLocale() != null ? saved.formatLocale()
                : FORMAT_FOR_LANGUAGE.getOrDefault(language, "en-US");
        Locale locale = Locale.forLanguageTag(tag);
        Currency currency = saved.currency() != null ? Currency.getInstance(saved.currency()) : defaultCurrency(locale);
        return new DisplayPreferences(locale, currency, Optional.ofNullable(saved.distanceUnit()),
                Optional.ofNullable(saved.volumeUnit()), Optional.ofNullable(saved.economyUnit()),
                Optional.ofNullable(saved.electricEconomyUnit()));
    }

    /**
     * The unit a vehicle counting in {@code odometer} shows distances and cost per distance in: the
     * preferred distance unit, except for engine hours, which stay hours.
     */
    public DistanceUnit distanceUnitFor(DistanceUnit odometer) {
        return distanceUnit.filter(u -> odometer.isDistance()).orElse(odometer);
    }

    /** What is wrong with {@code saved}, field by field (empty: it can be saved). */
    public static List<Problem> problems(Saved saved) {
        List<Problem> problems = new ArrayList<>();
        if (saved.formatLocale() != null && !FORMAT_LOCALES.contains(saved.formatLocale())) {
            problems.add(new Problem("formatLocale", "must be one of " + String.join(", ", FORMAT_LOCALES)));
        }
        if (saved.currency() != null && !isCurrency(saved.currency())) {
            problems.add(new Problem("currency", "must be an ISO 4217 currency code such as EUR or USD"));
        }
        if (saved.distanceUnit() == DistanceUnit.HOURS) {
            problems.add(new Problem("distanceUnit", "must be KILOMETERS or MILES (engine hours are not a distance)"));
        }
        if (saved.volumeUnit() != null && saved.volumeUnit().isElectric()) {
            problems.add(new Problem("volumeUnit", "must be LITRES, US_GALLONS or IMPERIAL_GALLONS"));
        }
        if (saved.economyUnit() != null && saved.economyUnit().isElectric()) {
            problems.add(new Problem("economyUnit", "must be MPG_US, MPG_UK, LITRES_PER_100_KM or KM_PER_LITRE"));
        }
        if (saved.electricEconomyUnit() != null && !saved.electricEconomyUnit().isElectric()) {
            problems.add(new Problem("electricEconomyUnit", "must be MILES_PER_KWH or KWH_PER_100_KM"));
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        return code.matches("[A-Z]{3}") && Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static Currency defaultCurrency(Locale locale) {
        try {
            return Currency.getInstance(locale);
        } catch (IllegalArgumentException noCountry) {
            return Currency.getInstance("EUR");
        }
    }
}
