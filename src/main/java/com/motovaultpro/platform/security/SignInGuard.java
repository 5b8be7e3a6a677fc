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
 * Everything around a password check: counts the attempt first and refuses it while the account
 * or the client address is over its limit, then records the outcome (failure metric, audit log).
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

    /**
     * Counts a password attempt; empty if it may be checked, else how long to wait. Refusals are
     * logged and audited once per account/address and window, not once per attempt.
     */
    public Optional<Duration> attempt(String username, String clientAddress) {
        Optional<Duration> blocked = limiters.signInAttempt(username, clientAddress);
        blocked.ifPresent(wait -> {
            String who = username == null ? "" : LogSafe.text(username);
            if (limiters.firstInWindow("throttled:" + who.toLowerCase(java.util.Locale.ROOT) + "@" + clientAddress,
                    limiters.login().window())) {
                LOG.warning(() -> "Sign-in refused: too many attempts for '" + who + "' or from " + clientAddress
                        + "; retry in " + wait.toSeconds() + " s");
                audit.record(AuditAction.SIGN_IN_THROTTLED, who, null, "retry after " + wait.toSeconds() + " s",
                        clientAddress);
            }
        });
        return blocked;
    }

    public void failed(String username, String clientAddress, String how) {
        failures.increment(how);
        String who = username == null ? null : LogSafe.text(username);
        LOG.warning(() -> "Sign-in failed: invalid credentials for '" + who + "' from " + clientAddress);
        audit.record(AuditAction.SIGN_IN_FAILED, who, null, how, clientAddress);
    }

    /** A password sign-in succeeded: the account's failures are cleared, the address gets its attempt back. */
    public void succeeded(String username, String clientAddress, String how) {
        limiters.signInSucceeded(username, clientAddress);
        signedIn(username, clientAddress, how);
    }

    /** An API request's password was right: its attempt is taken back, nothing is recorded per request. */
    public void passwordAccepted(String username, String clientAddress) {
        limiters.signInSucceeded(username, clientAddress);
    }

    /** A sign-in without a password (single sign-on): nothing was counted, only recorded. */
    public void signedIn(String username, String clientAddress, String how) {
        LOG.info(() -> "Signed in: '" + username + "' from " + clientAddress + " (" + how + ")");
        audit.record(AuditAction.SIGN_IN, username, null, how, clientAddress);
    }

    /** A single sign-on the provider or our checks refused (invalid token, denied, name taken). */
    public void ssoFailed(String clientAddress, String reason) {
        failures.increment("sso");
        audit.record(AuditAction.SIGN_IN_FAILED, null, null, "sso: " + reason, clientAddress);
    }
}
