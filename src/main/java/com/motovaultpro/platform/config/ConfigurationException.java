package com.motovaultpro.platform.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Startup stops with this when configuration is invalid. It carries no stack trace: the message
 * names every bad key, which is all an operator needs.
 */
public class ConfigurationException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public ConfigurationException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
