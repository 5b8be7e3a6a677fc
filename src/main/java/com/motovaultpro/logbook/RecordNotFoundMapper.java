package com.motovaultpro.logbook;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for a record that is not in this vehicle of the caller's. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, "No such record");
    }
}
