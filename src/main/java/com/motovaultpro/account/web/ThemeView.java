package com.motovaultpro.account.web;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The colour theme the layout writes: PrimeFaces' Saga (light) and Vela (dark) theme of the same
 * family, one of them, or both with media queries so the device's setting picks (the default),
 * and {@code <html data-theme>} for the application's own colours (resources/css/app.css).
 */
@Named
@RequestScoped
public class ThemeView {

    @Inject
    AccountPreferences preferences;

    private Theme theme;

    public String getTheme() {
        return current().attribute();
    }

    /** Whether the light theme's sheet is written at all. */
    public boolean isLight() {
        return current() != Theme.DARK;
    }

    /** Whether the dark theme's sheet is written at all. */
    public boolean isDark() {
        return current() != Theme.LIGHT;
    }

    /** The light sheet's media: always for a light choice, when the device prefers light otherwise. */
    public String getLightMedia() {
        return current() == Theme.SYSTEM ? "(prefers-color-scheme: light)" : "all";
    }

    public String getDarkMedia() {
        return current() == Theme.SYSTEM ? "(prefers-color-scheme: dark)" : "all";
    }

    /** What {@code <meta name="color-scheme">} says: the form controls' and scroll bars' colours. */
    public String getColorScheme() {
        return switch (current()) {
            case LIGHT -> "light";
            case DARK -> "dark";
            case SYSTEM -> "light dark";
        };
    }

    private Theme current() {
        if (theme == null) {
            theme = preferences.theme();
        }
        return theme;
    }
}
