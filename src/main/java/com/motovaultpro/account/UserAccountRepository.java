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

    /** The account with this user name or e-mail address (either regardless of case). */
    public Optional<UserAccount> findByNameOrEmail(String name) {
        return em.createNamedQuery(UserAccount.BY_NAME_OR_EMAIL, UserAccount.class)
                .setParameter("name", name.trim())
                .getResultStream()
                .findFirst();
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
        if (findByUsername(username).isPresent()) {
            throw new RegistrationException(RegistrationException.Reason.USERNAME_TAKEN);
        }
        if (email != null && findByNameOrEmail(email).isPresent()) {
            throw new RegistrationException(RegistrationException.Reason.EMAIL_TAKEN);
        }
        UserAccount account = new UserAccount(username, displayName, email, passwordHash, first);
        em.persist(account);
        return account;
    }
}
