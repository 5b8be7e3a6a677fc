package com.motovaultpro.notification;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such channel of the caller's (404), too many channels, or a test of a channel that cannot deliver (409). */
public class ChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        NOT_FOUND,
        TOO_MANY,
        /** A test asked of a channel that is switched off or whose address is not confirmed yet. */
        NOT_DELIVERABLE
    }

    private final Reason reason;

    public ChannelException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The API's answer. */
    @Provider
    public static class Mapper implements ExceptionMapper<ChannelException> {
        @Override
        public Response toResponse(ChannelException e) {
            return switch (e.reason()) {
                case NOT_FOUND -> Problems.response(ProblemType.NOT_FOUND, "No such notification channel");
                case TOO_MANY -> Problems.response(ProblemType.CONFLICT, "At most " + ChannelService.MAX_CHANNELS
                        + " notification channels per person");
                case NOT_DELIVERABLE -> Problems.response(ProblemType.CONFLICT,
                        "The channel is switched off, or its address is not confirmed yet");
            };
        }
    }
}
