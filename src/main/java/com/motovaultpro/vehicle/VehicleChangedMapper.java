package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the client's version of the vehicle is stale. */
@Provider
public class VehicleChangedMapper implements ExceptionMapper<VehicleChangedException> {

    @Override
    public Response toResponse(VehicleChangedException exception) {
        return Problems.response(ProblemType.CONFLICT, "The vehicle was changed in the meantime; reload it and retry");
    }
}
