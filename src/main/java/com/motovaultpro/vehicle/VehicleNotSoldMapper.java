package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409: only a sold vehicle's records are ever read-only. */
@Provider
public class VehicleNotSoldMapper implements ExceptionMapper<VehicleNotSoldException> {

    @Override
    public Response toResponse(VehicleNotSoldException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }
}
