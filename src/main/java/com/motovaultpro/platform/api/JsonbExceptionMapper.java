package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, or a value of the wrong type, is the client's error: 400, not 500. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.response(ProblemType.MALFORMED, "The request body is not valid JSON for this resource");
    }
}
