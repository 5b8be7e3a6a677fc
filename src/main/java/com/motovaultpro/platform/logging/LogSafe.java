package com.motovaultpro.platform.logging;

/** Makes user-supplied text safe to put in a log line (no forged lines, bounded length). */
public final class LogSafe {

    private static final int MAX = 80;

    private LogSafe() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        // C0/C1 controls and Unicode line/paragraph separators: anything a viewer may show as a new line.
        String clean = value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "?");
        return clean.length() > MAX ? clean.substring(0, MAX) + "…" : clean;
    }
}
