package com.motovaultpro.platform.validation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a number written as text by someone outside the server (JSON bodies, extra
 * fields, form fields, query parameters, imported files): it is looked at only when it is short
 * and shaped like a decimal, <em>before</em> anything parses it. Parsing cost grows faster than the
 * length of the text and an exponent expands a few characters into millions of digits
 * ({@code 1e1000000}), so a long or oddly shaped value is refused at once; ranges, precision and
 * scale are then the business rules' concern ({@code @Digits}).
 */
public final class DecimalText {

    /** More than any quantity, price or odometer needs (NUMERIC(12, 3) is 13 digits and a point). */
    public static final int MAX_LENGTH = 40;

    /** Digits, an optional fraction, an exponent of at most two digits (no value beyond 1e±99). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private DecimalText() {
    }

    /** Whether {@code text} may be parsed as a decimal at all. */
    public static boolean bounded(CharSequence text) {
        return text != null && text.length() <= MAX_LENGTH && DECIMAL.matcher(text).matches();
    }

    /** Whether {@code text} is a whole number short enough to be parsed (no fraction, no exponent). */
    public static boolean boundedWhole(CharSequence text) {
        return text != null && text.length() <= MAX_LENGTH && WHOLE.matcher(text).matches();
    }

    /** The decimal {@code text} stands for, or empty when it is not a bounded decimal. */
    public static Optional<BigDecimal> parse(String text) {
        return bounded(text) ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    /** A whole number in the range of a {@code long}, or empty (fractions, exponents, overflow). */
    public static Optional<Long> parseWhole(String text) {
        if (!boundedWhole(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
