package com.motovaultpro.sharing;

import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused sharing change as a problem document: 400 naming the field, 403, 404 or 409. */
@Provider
public class SharingExceptionMapper implements ExceptionMapper<SharingException> {

    @Override
    public Response toResponse(SharingException exception) {
        SharingException.Reason reason = exception.reason();
        String detail = Character.toUpperCase(reason.detail().charAt(0)) + reason.detail().substring(1);
        return Problems.response(Problems.of(reason.type(), detail, reason.field() == null ? List.of()
                : List.of(new ProblemDetail.FieldError(reason.field(), reason.detail()))));
    }
}
