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

    /** Whether the dark theme's sheet is written at all. */
    public boolean isDark() {
        return current() != Theme.LIGHT;
    }

    /**
     * The light sheet's media: always for a light choice; when the device prefers light for the
     * device's choice; and on paper in every case (a dark page printed would be light text on white).
     */
    public String getLightMedia() {
        return switch (current()) {
            case LIGHT -> "all";
            case DARK -> "print";
            case SYSTEM -> "print, (prefers-color-scheme: light)";
        };
    }

    /** The dark sheet's media: on screen only. */
    public String getDarkMedia() {
        return current() == Theme.SYSTEM ? "screen and (prefers-color-scheme: dark)" : "screen";
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
