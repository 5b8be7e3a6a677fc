package com.motovaultpro.platform.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Parses settings given as pairs of keys without the {@code motovault.} prefix and values. */
final class MotovaultKeys {

    private MotovaultKeys() {
    }

    static AppSettings parse(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put("motovault." + pairs[i], pairs[i + 1]);
        }
        return AppSettingsParser.parse(key -> Optional.ofNullable(values.get(key)), Path.of("/home/test"));
    }

    /** Parses settings written as {@code key=value;key=value} (keys without the prefix). */
    static AppSettings parseList(String settings) {
        String[] pairs = settings.strip().split(";");
        String[] flat = new String[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            flat[2 * i] = pairs[i].substring(0, pairs[i].indexOf('='));
            flat[2 * i + 1] = pairs[i].substring(pairs[i].indexOf('=') + 1);
        }
        return parse(flat);
    }
}
