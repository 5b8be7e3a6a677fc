package com.motovaultpro.platform.web;

/** Why a request was refused: its problem type, the request field it concerns (or null), a detail. */
public interface RefusalReason {

    ProblemType type();

    /** The request field it concerns, or null. */
    String field();

    /** Lower-case detail, used in the problem document and the field error. */
    String detail();

    /** The constant's name; with the exception's key prefix it is the message bundle key. */
    String name();
}
