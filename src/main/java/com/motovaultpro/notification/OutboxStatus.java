package com.motovaultpro.notification;

/** Where a notification stands: waiting (perhaps for a retry), delivered, or given up on. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
