package com.motovaultpro.notification;

/** How a notification channel stands. */
public enum ChannelStatus {
    ACTIVE,
    AWAITING_CONFIRMATION,
    FAILING,
    OFF
}
