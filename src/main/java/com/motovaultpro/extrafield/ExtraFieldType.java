package com.motovaultpro.extrafield;

/** What an extra field holds. Values are kept as text in a canonical form per type. */
public enum ExtraFieldType {
    /** Free text (one line, at most 500 characters). */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** A decimal number (point or comma as separator). */
    DECIMAL,
    /** A date, YYYY-MM-DD. */
    DATE
}
