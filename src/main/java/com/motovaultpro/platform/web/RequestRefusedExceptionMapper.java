package com.motovaultpro.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused request as a problem document: 400 naming the field, 403, 404 or 409. */
@Provider
public class RequestRefusedExceptionMapper implements ExceptionMapper<RequestRefusedException> {

    @Override
    public Response toResponse(RequestRefusedException exception) {
        RefusalReason reason = exception.refusal();
        String detail = Character.toUpperCase(reason.detail().charAt(0)) + reason.detail().substring(1);
        return Problems.response(Problems.of(reason.type(), detail, reason.field() == null ? List.of()
                : List.of(new ProblemDetail.FieldError(reason.field(), reason.detail()))));
    }
}
