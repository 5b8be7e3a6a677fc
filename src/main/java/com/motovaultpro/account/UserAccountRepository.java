package com.motovaultpro.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;
import com.motovaultpro.platform.config.RegistrationMode;
import java.util.Optional;
import java.util.function.Supplier;

/** Loads and stores {@link UserAccount}s. */
@ApplicationScoped
// Joins the caller's transaction or starts one: JPA is never used outside a JTA transaction,
// since Liberty cannot clean up a non-transactional EntityManager's connection reliably.
@Transactional
public class UserAccountRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** The account with this e-mail address (regardless of case); a user name never matches. */
    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.trim())
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether a new account with this user name and address (may be null) would clash with an
     * existing one, regardless of case: the user name is neither another account's user name nor
     * its e-mail address (no user name passes for another person's address), and the address is
     * no other account's address. An address may equal someone's user name: nothing looks an
     * address up among user names (an invitation to an address matches addresses only), and
     * refusing it would let anyone block a stranger's address by registering it as a user name.
     */
    public boolean nameOrEmailInUse(String username, String email) {
        return em.createNamedQuery(UserAccount.NAME_OR_EMAIL_IN_USE, Long.class)
                .setParameter("name", username.trim())
                .setParameter("email", email == null ? username.trim() : email.trim())
                .getSingleResult() > 0;
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    /**
     * Inserts a new account under the registration rules, in one serialised transaction so that
     * exactly one account becomes the first (administrator) one: the first account is always
     * allowed and is an administrator; later ones need open registration and a free name.
     */
    public UserAccount addIfAllowed(String username, String displayName, String email, String passwordHash,
                                    Supplier<RegistrationMode> mode) {
        em.createNativeQuery("LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        boolean first = count() == 0;
        if (!first && mode.get() != RegistrationMode.OPEN) {
            throw new RegistrationException(RegistrationException.Reason.CLOSED);
        }
        if (nameOrEmailInUse(username, email)) {
            throw new RegistrationException(RegistrationException.Reason.NAME_OR_EMAIL_TAKEN);
        }
        UserAccount account = new UserAccount(username, displayName, email, passwordHash, first);
        em.persist(account);
        return account;
    }

    /** The account bound to this provider subject. */
    public Optional<UserAccount> findBySso(String issuer, String subject) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.ssoIssuer = :issuer AND u.ssoSubject = :subject",
                        UserAccount.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /**
     * Signs in a provider's user: updates the bound account from the claims, or provisions one. An
     * e-mail address another account already uses is not taken over (left empty). A user name a
     * local account already has is refused: binding it would hand that account to whoever the
     * provider calls by the same name.
     *
     * @return the account and whether it was just created
     */
    public ProvisionedAccount signInFromProvider(String issuer, String subject, String username, String displayName,
                                                 String email, Optional<Boolean> admin) {
        Optional<UserAccount> bound = findBySso(issuer, subject);
        if (bound.isEmpty()) {
            // Only a new account needs the lock (one first administrator, no duplicate names).
            em.createNativeQuery("LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
            bound = findBySso(issuer, subject);
        }
        if (bound.isPresent()) {
            UserAccount account = bound.get();
            account.updateFromProvider(displayName, emailFreeFor(email, account.getId()), admin);
            return new ProvisionedAccount(account, false);
        }
        // Only another user name blocks a provider's name: "e-mail as user name" is common at
        // providers, and an address is never looked up among user names (invitations go by address).
        if (findByUsername(username).isPresent()) {
            throw new RegistrationException(RegistrationException.Reason.NAME_OR_EMAIL_TAKEN);
        }
        boolean first = count() == 0;
        UserAccount account = UserAccount.fromProvider(issuer, subject, username, displayName,
                emailFreeFor(email, null), admin.orElse(first));
        em.persist(account);
        return new ProvisionedAccount(account, true);
    }

    /** An account signed in through the provider; {@code created} on its first sign-in. */
    public record ProvisionedAccount(UserAccount account, boolean created) {
    }

    private String emailFreeFor(String email, Long accountId) {
        if (email == null) {
            return null;
        }
        Optional<UserAccount> holder = em.createQuery("SELECT u FROM UserAccount u WHERE lower(u.email) = lower(:email)",
                        UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
        return holder.isEmpty() || holder.get().getId().equals(accountId) ? email : null;
    }
}
