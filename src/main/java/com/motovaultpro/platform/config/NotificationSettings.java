package com.motovaultpro.platform.config;

import com.motovaultpro.platform.outbound.OutboundPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * How notifications leave the server: e-mail through an SMTP server (without one the e-mail
 * channel is not offered), requests to people's webhooks, ntfy and Gotify servers under the
 * administrator's outbound policy (answering within {@code httpTimeout}), how often due reminders
 * are looked for, the wait before the first retry of a failed delivery (doubling after), and how
 * many deliveries a replica makes a second at most.
 */
public record NotificationSettings(Optional<Smtp> smtp, OutboundPolicy outbound, Duration scanInterval,
                                   Duration firstRetry, Duration httpTimeout, int maxPerSecond) {

    /** How the SMTP connection is secured: STARTTLS on a plain port (587), TLS from the start (465), or not at all. */
    public enum SmtpSecurity {
        STARTTLS,
        TLS,
        NONE
    }

    /** An SMTP server and the sender address every message carries. */
    public record Smtp(String host, int port, SmtpSecurity security, Optional<String> username,
                       Optional<String> password, String from) {

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", " + security + ", user " + username.orElse("-") + ", from " + from + "]";
        }
    }
}
