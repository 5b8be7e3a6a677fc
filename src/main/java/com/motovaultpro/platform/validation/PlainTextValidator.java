package com.motovaultpro.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isPlain(value, multiline);
    }

    /** No C0/C1 control characters and no Unicode line or paragraph separators (except \t \n \r if multiline). */
    public static boolean isPlain(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedBreak = multiline && (c == '\t' || c == '\n' || c == '\r');
            if (!allowedBreak && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                return false;
            }
        }
        return true;
    }
}
