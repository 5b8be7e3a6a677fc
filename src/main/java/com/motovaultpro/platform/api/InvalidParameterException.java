package com.motovaultpro.platform.api;

/** A query parameter that cannot be used, and why: answered 400, naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String problem) {
        super(problem, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
