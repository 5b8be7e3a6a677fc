package com.motovaultpro.platform.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads raw configuration values, converting and range-checking each one. Every problem is
 * collected (not just the first) so an operator fixes all of them in one go.
 */
public final class SettingsReader {

    private final Function<String, Optional<String>> source;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public SettingsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public void reject(String key, String problem) {
        problems.add(new ConfigProblem(key, problem));
    }

    /** A value with surrounding blanks removed; blank counts as not set. */
    public Optional<String> optional(String key) {
        return source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public int integer(String key, int defaultValue, int min, int max) {
        return (int) longInteger(key, defaultValue, min, max);
    }

    public long longInteger(String key, long defaultValue, long min, long max) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                reject(key, "must be between " + min + " and " + max + ", was " + value);
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            reject(key, "must be a whole number, was '" + raw.get() + "'");
            return defaultValue;
        }
    }

    public <E extends Enum<E>> E choice(String key, E defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Class<E> type = defaultValue.getDeclaringClass();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.get().replace('-', '_'))) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        reject(key, "must be one of " + allowed + ", was '" + raw.get() + "'");
        return defaultValue;
    }

    public Path path(String key, Path defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Path.of(raw.get()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            reject(key, "is not a valid path: " + e.getReason());
            return defaultValue;
        }
    }

    /** An absolute http(s) URL, or empty when not set (a malformed one is a problem). */
    public Optional<java.net.URI> httpUrl(String key) {
        return url(key, List.of("http", "https"), "an absolute http(s) URL");
    }

    /** true or false (any case); anything else is a problem. */
    public boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        if (raw.get().equalsIgnoreCase("true") || raw.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw.get());
        }
        reject(key, "must be true or false, was '" + raw.get() + "'");
        return defaultValue;
    }

    /** A redis:// or rediss:// URL with a host, or empty when not set (a malformed one is a problem). */
    public Optional<java.net.URI> redisUrl(String key) {
        return url(key, List.of("redis", "rediss"), "a redis:// or rediss:// URL with a host");
    }

    private Optional<java.net.URI> url(String key, List<String> schemes, String expected) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.net.URI uri = new java.net.URI(raw.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() != null && schemes.contains(scheme)) {
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        reject(key, "must be " + expected + ", was '" + raw.get() + "'");
        return Optional.empty();
    }
}
