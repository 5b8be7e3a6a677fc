package com.motovaultpro.platform.cache;

import java.util.Locale;

/** The application's caches; the name is the {@code cache} label of the hit and miss metrics. */
public enum CacheName {
    /** A vehicle's dashboard. */
    DASHBOARD,
    /** A vehicle's chart series. */
    CHARTS,
    /** A vehicle's fuel economy series. */
    ECONOMY,
    /** A vehicle's totals on its garage tile (money spent, distance, highest reading). */
    GARAGE,
    /** Who may do what on a vehicle (the role of a user), looked up on every vehicle request. */
    VEHICLE_ACCESS,
    /** An API key as authentication needs it (found by its public prefix; the secret is checked each time). */
    API_KEY,
    /** A signed-in person as every request needs them: id, name, roles, language and display preferences. */
    ACCOUNT,
    /** A server-wide setting an administrator changes (e.g. the reminder thresholds every garage judges by). */
    SETTING;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
