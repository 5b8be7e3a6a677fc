package com.motovaultpro.sso;

import com.motovaultpro.account.RegistrationException;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.account.UserAccountRepository;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.config.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The account a provider's identity signs in as: found by (issuer, subject) and updated, or
 * provisioned — in one transaction with its audit entry, so no account exists without one.
 */
@ApplicationScoped
@Transactional
public class SsoAccounts {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    /** @return the account and whether it was just provisioned */
    public UserAccountRepository.ProvisionedAccount signIn(OidcSettings settings, SsoIdentity identity, String how,
                                                           String clientAddress) {
        try {
            Optional<Boolean> adminBefore = accounts.findBySso(settings.issuer().toString(), identity.subject())
                    .map(UserAccount::isAdmin);
            UserAccountRepository.ProvisionedAccount signedIn = accounts.signInFromProvider(
                    settings.issuer().toString(), identity.subject(), identity.username(),
                    identity.displayName().orElse(null), identity.email().orElse(null), identity.admin());
            if (signedIn.created()) {
                audit.record(AuditAction.ACCOUNT_PROVISIONED, signedIn.account().getUsername(),
                        "sso " + identity.subject(), how + ", admin=" + signedIn.account().isAdmin(), clientAddress);
            } else if (adminBefore.isPresent() && adminBefore.get() != signedIn.account().isAdmin()) {
                audit.record(AuditAction.SETTING_CHANGED, signedIn.account().getUsername(), "admin",
                        "admin=" + signedIn.account().isAdmin() + " from the provider's groups (" + how + ")",
                        clientAddress);
            }
            return signedIn;
        } catch (RegistrationException e) {
            throw new SsoException(SsoException.Reason.USERNAME_TAKEN, "a local account is named " + identity.username());
        }
    }

}
