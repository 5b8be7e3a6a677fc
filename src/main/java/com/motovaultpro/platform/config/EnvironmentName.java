package com.motovaultpro.platform.config;

import java.util.Locale;

/** The environment variable MicroProfile Config maps a key to: non-alphanumerics become '_', upper case. */
public final class EnvironmentName {

    private EnvironmentName() {
    }

    public static String of(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
