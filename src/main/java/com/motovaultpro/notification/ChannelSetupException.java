package com.motovaultpro.notification;

import com.motovaultpro.platform.api.InvalidFieldsException;
import java.util.List;

/** A channel that cannot be set up as entered: a 400 with one entry per field in the API, field messages on the page. */
public class ChannelSetupException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    private final transient List<ChannelProblem> problems;

    public ChannelSetupException(List<ChannelProblem> problems) {
        super(problems.stream().map(ChannelProblem::fieldError).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ChannelProblem> problems() {
        return problems;
    }
}
