package com.motovaultpro.platform.config;

import java.time.Duration;

/**
 * Abuse limits: failed sign-ins allowed per account and per client address within a window, API
 * requests per minute per key, token or account, sign-ups per client address and hour, calendar
 * feed links and driver links that match nothing per client address in ten minutes, and entries
 * through one driver link per hour.
 */
public record SecuritySettings(int loginMaxFailures, int loginMaxFailuresPerClient, Duration loginWindow,
                               int apiRequestsPerMinute, int registrationsPerClientPerHour,
                               int calendarMaxFailuresPerClient, int driverLinkMaxFailuresPerClient,
                               int driverLinkEntriesPerHour) {
}
