package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409: says why and how a manager lifts it. */
@Provider
public class VehicleReadOnlyMapper implements ExceptionMapper<VehicleReadOnlyException> {

    @Override
    public Response toResponse(VehicleReadOnlyException exception) {
        return Problems.response(ProblemType.CONFLICT, "This vehicle was sold on " + exception.soldDate()
                + ": its records are read-only until a manager reopens them (POST /api/v1/vehicles/"
                + exception.vehicleId() + "/reopen)");
    }
}
