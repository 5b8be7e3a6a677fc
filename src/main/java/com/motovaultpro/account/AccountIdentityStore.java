package com.motovaultpro.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Checks user name and password against the local accounts. Unknown users cost the same hash
 * work as known ones, so response time does not reveal which user names exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Every signed-in person has this role; administrators also have {@link #ADMIN_ROLE}. */
    public static final String USER_ROLE = "user";
    public static final String ADMIN_ROLE = "admin";

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    private volatile String decoyHash;

    /**
     * Runs in its own transaction: authentication happens before the request's own unit of work,
     * where Liberty cannot enlist a connection without one.
     */
    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = accounts.findByUsername(login.getCaller());
        String password = login.getPasswordAsString();
        if (account.isEmpty() || account.get().getPasswordHash() == null) {
            passwords.matches(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, account.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(), groupsOf(account.get()));
    }

    public static Set<String> groupsOf(UserAccount account) {
        return account.isAdmin() ? Set.of(USER_ROLE, ADMIN_ROLE) : Set.of(USER_ROLE);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-never-matches");
        }
        return decoyHash;
    }
}
