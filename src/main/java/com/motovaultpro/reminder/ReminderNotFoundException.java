package com.motovaultpro.reminder;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such reminder on this vehicle (or not the caller's): answered like a missing one. */
public class ReminderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReminderNotFoundException(long id) {
        super("No reminder " + id, null, false, false);
    }

    /** 404 in the API. */
    @Provider
    public static class Mapper implements ExceptionMapper<ReminderNotFoundException> {
        @Override
        public Response toResponse(ReminderNotFoundException exception) {
            return Problems.response(ProblemType.NOT_FOUND, "No such reminder");
        }
    }
}
