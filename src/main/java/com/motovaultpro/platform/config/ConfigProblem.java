package com.motovaultpro.platform.config;

/** One configuration key with a missing or malformed value, and what is wrong with it. */
public record ConfigProblem(String key, String problem) {

    /** The single line an operator reads: names the key, its environment variable and the fault. */
    public String describe() {
        return "Configuration key '" + key + "' (environment variable " + EnvironmentName.of(key) + "): " + problem;
    }
}
