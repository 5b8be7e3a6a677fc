package com.motovaultpro.platform.web;

/**
 * Why a request was refused: its problem type, the request field it concerns (or null), a detail.
 * Implemented by the reason enums of {@link RequestRefusedException}s, each constant holding a
 * {@link Refusal}.
 */
public interface RefusalReason {

    /** What the refusal says; {@code field} null when it concerns no single request field. */
    record Refusal(ProblemType type, String field, String detail) {
    }

    Refusal refusal();

    /** The constant's name; with the exception's key prefix it is the message bundle key. */
    String name();

    default ProblemType type() {
        return refusal().type();
    }

    /** The request field it concerns, or null. */
    default String field() {
        return refusal().field();
    }

    /** Lower-case detail, used in the problem document and the field error. */
    default String detail() {
        return refusal().detail();
    }
}
