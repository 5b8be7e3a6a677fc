package com.motovaultpro.platform.api;

import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the client's version is stale. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException exception) {
        return Problems.response(ProblemType.CONFLICT, "Changed in the meantime; reload it and retry");
    }
}
