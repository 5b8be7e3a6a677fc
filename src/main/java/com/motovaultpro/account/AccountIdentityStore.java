package com.motovaultpro.account;

import com.motovaultpro.platform.validation.PlainTextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
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
     * The account lookup is its own short transaction (the repository's); the deliberately slow
     * hash comparison runs outside it, so no pooled connection waits on PBKDF2.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = login.getPasswordAsString();
        if (!isPossibleUsername(login.getCaller())) {
            passwords.matches(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = accounts.findByUsername(login.getCaller());
        if (account.isEmpty() || account.get().getPasswordHash() == null) {
            passwords.matches(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, account.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(), groupsOf(account.get()));
    }

    /** Names no account can have (too long, control characters) never reach the database. */
    static boolean isPossibleUsername(String username) {
        return username != null && !username.isEmpty() && username.length() <= 64
                && PlainTextValidator.isPlain(username, false);
    }

    public static Set<String> groupsOf(UserAccount account) {
        return groupsOf(account.isAdmin());
    }

    public static Set<String> groupsOf(boolean admin) {
        return admin ? Set.of(USER_ROLE, ADMIN_ROLE) : Set.of(USER_ROLE);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-never-matches");
        }
        return decoyHash;
    }
}
