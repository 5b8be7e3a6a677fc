package com.motovaultpro.platform.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code type} is a stable URN
 * clients can switch on; {@code errors} names each bad field of a rejected request.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field and what to fix. */
    public record FieldError(String field, String message) {
    }
}
