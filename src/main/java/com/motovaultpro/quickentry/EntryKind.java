package com.motovaultpro.quickentry;

import java.util.Locale;

/** What can be entered quickly: a fill-up or an odometer reading. */
public enum EntryKind {
    FUEL, ODOMETER;

    /** The kind a request parameter names; a fill-up unless it says {@code odometer}. */
    public static EntryKind of(String parameter) {
        return "odometer".equalsIgnoreCase(parameter) ? ODOMETER : FUEL;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
