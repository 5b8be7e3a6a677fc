package com.motovaultpro.plan;

/** How pressing a planned job is. */
public enum PlanPriority {
    CRITICAL,
    NORMAL,
    LOW
}
