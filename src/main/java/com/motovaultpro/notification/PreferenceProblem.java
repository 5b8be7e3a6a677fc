package com.motovaultpro.notification;

import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.web.ProblemDetail;
import java.util.List;

/** Notification preferences that cannot be saved as entered: field, bundle key suffix and English text. */
public class PreferenceProblem extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    PreferenceProblem(String field, String code, String english) {
        super(List.of(new ProblemDetail.FieldError(field, english)));
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    /** The page shows {@code notify.preferences.problem.<code>}. */
    public String code() {
        return code;
    }
}
