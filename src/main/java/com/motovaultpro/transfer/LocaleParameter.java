package com.motovaultpro.transfer;

import com.motovaultpro.platform.api.InvalidParameterException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** The {@code locale} query parameter: a BCP 47 language tag, or nothing (the caller's own). */
public final class LocaleParameter {

    private LocaleParameter() {
    }

    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (!locale.getLanguage().isEmpty()) {
                return Optional.of(locale);
            }
        } catch (IllformedLocaleException e) {
            // refused below
        }
        throw new InvalidParameterException("locale", "must be a BCP 47 language tag such as en-US or de-DE");
    }
}
