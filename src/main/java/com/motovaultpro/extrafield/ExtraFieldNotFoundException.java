package com.motovaultpro.extrafield;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such extra field of the caller's: answered like a missing one. */
public class ExtraFieldNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtraFieldNotFoundException(long id) {
        super("No extra field " + id, null, false, false);
    }

    /** 404 in the API. */
    @Provider
    public static class Mapper implements ExceptionMapper<ExtraFieldNotFoundException> {
        @Override
        public Response toResponse(ExtraFieldNotFoundException exception) {
            return Problems.response(ProblemType.NOT_FOUND, "No such extra field");
        }
    }
}
