package com.motovaultpro.platform.web;

import com.motovaultpro.platform.logging.CorrelationId;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** Builds problem responses, for JAX-RS and for plain servlet responses (authentication). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail, List<ProblemDetail.FieldError> errors) {
        return new ProblemDetail(type.uri(), type.title(), type.status().getStatusCode(), detail, null,
                CorrelationId.current().orElse(null), errors.isEmpty() ? null : errors);
    }

    public static Response response(ProblemType type, String detail) {
        return response(of(type, detail, List.of()));
    }

    public static Response response(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    /** For code that runs before JAX-RS (the authentication mechanism). */
    public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        response.setStatus(type.status().getStatusCode());
        SecurityHeadersFilter.nothingRuns(response);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        var body = Json.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", type.status().getStatusCode())
                .add("detail", detail);
        CorrelationId.current().ifPresent(id -> body.add("correlationId", id));
        response.getWriter().write(body.build().toString());
    }
}
