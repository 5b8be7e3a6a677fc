package com.motovaultpro.account;

import com.motovaultpro.admin.ServerSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.validation.BeanValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates local accounts: the very first one becomes the administrator. The slow password hash
 * is computed before the short, serialised transaction that decides and inserts.
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

    /** Whether the sign-up page should be offered right now. */
    public boolean isOpen() {
        if (!serverSettings.localSignInAllowed()) {
            return false;
        }
        return accounts.count() == 0 || serverSettings.registrationMode() == RegistrationMode.OPEN;
    }

    public UserAccount register(Registration registration) {
        validation.check(registration);
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
