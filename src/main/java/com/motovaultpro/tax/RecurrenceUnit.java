package com.motovaultpro.tax;

/** How a recurring fee's interval is counted. */
public enum RecurrenceUnit {
    MONTHS,
    DAYS
}
