package com.motovaultpro.account;

import com.motovaultpro.admin.ServerSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.validation.BeanValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/** Creates local accounts: the very first one becomes the administrator. */
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
        return accounts.count() == 0 || serverSettings.registrationMode() == RegistrationMode.OPEN;
    }

    @Transactional
    public UserAccount register(Registration registration) {
        validation.check(registration);
        accounts.lockForRegistration();
        boolean first = accounts.count() == 0;
        if (!first && serverSettings.registrationMode() != RegistrationMode.OPEN) {
            throw new RegistrationException(RegistrationException.Reason.CLOSED);
        }
        String username = registration.username().trim();
        if (accounts.findByUsername(username).isPresent()) {
            throw new RegistrationException(RegistrationException.Reason.USERNAME_TAKEN);
        }
        String displayName = registration.displayName() == null ? null : registration.displayName().trim();
        UserAccount account = accounts.add(new UserAccount(username, displayName,
                passwords.hash(registration.password()), first));
        LOG.info(() -> "Registered account '" + username + "'" + (first ? " as the first administrator" : ""));
        return account;
    }
}
