package com.motovaultpro.platform.api;

import com.motovaultpro.platform.validation.ViolationField;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** A rejected object becomes 400 with one entry per bad field, named as in the JSON body. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        return Problems.response(Problems.of(ProblemType.VALIDATION,
                errors.size() + " field(s) need correcting", errors));
    }

    /** The JSON property the violation is about. */
    static String fieldName(ConstraintViolation<?> violation) {
        return ViolationField.of(violation);
    }
}
