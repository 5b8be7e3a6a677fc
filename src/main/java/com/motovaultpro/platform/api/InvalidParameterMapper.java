package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A bad query parameter is a 400 naming the parameter, like a bad field. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return Problems.response(Problems.of(ProblemType.VALIDATION, "1 field or parameter needs correcting",
                List.of(new ProblemDetail.FieldError(exception.parameter(), exception.getMessage()))));
    }
}
