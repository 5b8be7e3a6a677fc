package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 with the caller's role and what it would take, so a client can tell the user why. */
@Provider
public class VehicleAccessDeniedMapper implements ExceptionMapper<VehicleAccessDeniedException> {

    @Override
    public Response toResponse(VehicleAccessDeniedException exception) {
        return Problems.response(ProblemType.FORBIDDEN, "Your role on this vehicle ("
                + exception.role().name().toLowerCase(java.util.Locale.ROOT) + ") does not allow this: "
                + switch (exception.needed()) {
                    case READ -> "viewing it";
                    case EDIT_RECORDS -> "changing its records needs the editor role";
                    case MANAGE -> "changing the vehicle or its sharing needs the manager role";
                });
    }
}
