package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: the log gets the stack trace (with the correlation id), the caller a 500
 * problem document with the correlation id to quote — never the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        var known = ProblemException.in(exception);
        if (known.isPresent()) {
            return Problems.response(known.get().problem());
        }
        Throwable cause = RootCause.of(exception);
        if (cause instanceof jakarta.validation.ConstraintViolationException violations) {
            return new ConstraintViolationMapper().toResponse(violations);
        }
        if (cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.StaleStateException) {
            return Problems.response(ProblemType.CONFLICT, "Changed by someone else in the meantime; reload and retry");
        }
        LOG.log(Level.SEVERE, "Unexpected error in an API request", exception);
        return Problems.response(ProblemType.INTERNAL, "Unexpected error; quote the correlation id when reporting it");
    }
}
