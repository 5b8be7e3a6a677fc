package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Fields refused by a rule outside Bean Validation: a 400 listing them, like any invalid input. */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFieldsException> {

    @Override
    public Response toResponse(InvalidFieldsException exception) {
        return Problems.response(problem(exception.errors()));
    }

    /** The 400 problem listing {@code errors}. */
    public static ProblemDetail problem(List<ProblemDetail.FieldError> errors) {
        int count = errors.size();
        return Problems.of(ProblemType.VALIDATION,
                count + (count == 1 ? " field needs" : " fields need") + " correcting", errors);
    }
}
