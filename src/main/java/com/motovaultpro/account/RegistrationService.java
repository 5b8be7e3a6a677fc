package com.motovaultpro.account;

import com.motovaultpro.admin.ServerSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.ratelimit.RateLimiters;
import com.motovaultpro.platform.validation.BeanValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates local accounts: the very first one becomes the administrator. The form is checked, the
 * attempt counted against the client's sign-up limit (before any lookup: every answer about a
 * name or an address tells something), then whether sign-up is open and the name and address are
 * free; only then is the slow password hash computed, before the short, serialised transaction
 * that checks again, decides and inserts.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    ServerSettings serverSettings;

    @Inject
    BeanValidation validation;

    @Inject
    RateLimiters rateLimits;

    /** Whether the sign-up page should be offered right now. */
    public boolean isOpen() {
        if (!serverSettings.localSignInAllowed()) {
            return false;
        }
        return accounts.count() == 0 || serverSettings.registrationMode() == RegistrationMode.OPEN;
    }

    /** @param clientAddress who asks (for the per-client sign-up limit) */
    public UserAccount register(Registration registration, String clientAddress) {
        validation.check(registration);
        // Counted before anything is looked up: each answer about a name or an address tells
        // something, so a client gets a limited number of them.
        rateLimits.registrationAttempt(clientAddress).ifPresent(wait -> {
            throw new RegistrationException(RegistrationException.Reason.TOO_MANY_ATTEMPTS, wait);
        });
        if (!isOpen() && accounts.count() > 0) {
            throw new RegistrationException(RegistrationException.Reason.CLOSED);
        }
        if (accounts.nameOrEmailInUse(registration.username(), registration.normalizedEmail())) {
            throw new RegistrationException(RegistrationException.Reason.NAME_OR_EMAIL_TAKEN);
        }
        String hash = passwords.hash(registration.password());
        String displayName = registration.displayName() == null || registration.displayName().isBlank()
                ? null : registration.displayName().trim();
        UserAccount account = accounts.addIfAllowed(registration.username(), displayName, registration.normalizedEmail(), hash,
                // With single sign-on as the only way in, nobody registers a local account.
                () -> serverSettings.localSignInAllowed() ? serverSettings.registrationMode() : RegistrationMode.CLOSED);
        LOG.info(() -> "Registered account '" + account.getUsername() + "'"
                + (account.isAdmin() ? " as the first administrator" : ""));
        return account;
    }
}
