package com.motovaultpro.notification;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such channel of the caller's (404), or too many channels (409). */
public class ChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        NOT_FOUND,
        TOO_MANY
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
            return e.reason() == Reason.NOT_FOUND ? Problems.response(ProblemType.NOT_FOUND, "No such notification channel")
                    : Problems.response(ProblemType.CONFLICT, "At most " + ChannelService.MAX_CHANNELS
                            + " notification channels per person");
        }
    }
}
