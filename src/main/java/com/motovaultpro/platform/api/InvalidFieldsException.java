package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.ProblemDetail;
import java.util.List;

/** Input refused by a rule outside Bean Validation, with one entry per bad field (a 400 in the API). */
public class InvalidFieldsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProblemDetail.FieldError> errors;

    public InvalidFieldsException(List<ProblemDetail.FieldError> errors) {
        super(errors.size() + " field(s) need correcting", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
