package com.motovaultpro.reminder;

/** How soon a reminder is due, most urgent first (so the smaller ordinal wins). */
public enum Urgency {
    PAST_DUE,
    VERY_URGENT,
    URGENT,
    NOT_URGENT;

    /** The more urgent of two. */
    public Urgency mostUrgent(Urgency other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
