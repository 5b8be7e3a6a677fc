package com.motovaultpro.platform.security;

import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.logging.LogSafe;
import com.motovaultpro.platform.ratelimit.RateLimiters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Everything around a password check: refuses attempts while an account or a client address is
 * over its failure limit, and records each outcome (limit counters, failure metric, audit log).
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    @Inject
    RateLimiters limiters;

    @Inject
    AuditLog audit;

    @Inject
    FailedSignInCounter failures;

    /** How long the next attempt must wait; empty if it may go ahead. */
    public Optional<Duration> blockedFor(String username, String clientAddress) {
        Optional<Duration> blocked = limiters.signInBlocked(username, clientAddress);
        blocked.ifPresent(wait -> {
            LOG.warning(() -> "Sign-in refused: too many failures for '" + LogSafe.text(username) + "' or from "
                    + clientAddress + "; retry in " + wait.toSeconds() + " s");
            audit.record(AuditAction.SIGN_IN_THROTTLED, safe(username), null, "retry after " + wait.toSeconds() + " s",
                    clientAddress);
        });
        return blocked;
    }

    public void failed(String username, String clientAddress, String how) {
        limiters.signInFailed(username, clientAddress);
        failures.increment(how);
        LOG.warning(() -> "Sign-in failed: invalid credentials for '" + LogSafe.text(username) + "' from "
                + clientAddress);
        audit.record(AuditAction.SIGN_IN_FAILED, safe(username), null, how, clientAddress);
    }

    /** A single sign-on the provider or our checks refused (invalid token, denied, name taken). */
    public void ssoFailed(String clientAddress, String reason) {
        failures.increment("sso");
        audit.record(AuditAction.SIGN_IN_FAILED, null, null, "sso: " + reason, clientAddress);
    }

    public void succeeded(String username, String clientAddress, String how) {
        limiters.signInSucceeded(username);
        LOG.info(() -> "Signed in: '" + username + "' from " + clientAddress + " (" + how + ")");
        audit.record(AuditAction.SIGN_IN, username, null, how, clientAddress);
    }

    private static String safe(String username) {
        return username == null ? null : LogSafe.text(username);
    }
}
