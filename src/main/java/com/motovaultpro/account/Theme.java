package com.motovaultpro.account;

import java.util.Locale;

/** The colours a person wants the pages in: light, dark, or as their device is set (the default). */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    /** As the pages' {@code data-theme} attribute names it: system, light or dark. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
