package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors JAX-RS raises itself (unknown route, wrong method or media type) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        var known = ProblemException.in(exception);
        if (known.isPresent()) {
            return Problems.response(known.get().problem());
        }
        int status = exception.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == null) {
            return Response.fromResponse(exception.getResponse()).build();
        }
        String detail = status == 400 ? "The request body is not valid JSON for this resource"
                : type.title();
        return Problems.response(type, detail);
    }
}
