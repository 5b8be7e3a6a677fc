package com.motovaultpro.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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

    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    /** Serialises registrations so exactly one account can become the first (admin) one. */
    public void lockForRegistration() {
        em.createNativeQuery("LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }
}
