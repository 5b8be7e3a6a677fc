package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/**
 * A refusal that already knows its problem document. Raised where JAX-RS may wrap what is thrown
 * (a message body reader), so the mappers look for it along the cause chain.
 */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.detail(), null, Problems.response(problem));
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }

    /** The problem exception {@code thrown} is or wraps, if any. */
    public static Optional<ProblemException> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }
}
