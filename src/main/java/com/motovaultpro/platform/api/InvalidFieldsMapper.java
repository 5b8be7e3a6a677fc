package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Fields refused by a rule outside Bean Validation: a 400 listing them, like any invalid input. */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFieldsException> {

    @Override
    public Response toResponse(InvalidFieldsException exception) {
        int count = exception.errors().size();
        return Problems.response(Problems.of(ProblemType.VALIDATION,
                count + (count == 1 ? " field needs" : " fields need") + " correcting", exception.errors()));
    }
}
