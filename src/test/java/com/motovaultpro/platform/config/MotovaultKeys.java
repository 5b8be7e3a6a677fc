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
}
