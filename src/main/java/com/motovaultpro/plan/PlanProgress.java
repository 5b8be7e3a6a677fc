package com.motovaultpro.plan;

/** The columns of the plan board, in order. Moving a plan to DONE turns it into a record. */
public enum PlanProgress {
    BACKLOG,
    IN_PROGRESS,
    TESTING,
    DONE
}
