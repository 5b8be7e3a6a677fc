package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for a vehicle that does not exist or is not the caller's — the two look the same. */
@Provider
public class VehicleNotFoundMapper implements ExceptionMapper<VehicleNotFoundException> {

    @Override
    public Response toResponse(VehicleNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, "No such vehicle");
    }
}
