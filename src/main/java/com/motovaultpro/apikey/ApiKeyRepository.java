package com.motovaultpro.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Loads and stores {@link ApiKey}s. */
@ApplicationScoped
@Transactional
public class ApiKeyRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<ApiKey> of(long userId) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.userId = :user ORDER BY k.createdAt DESC, k.id DESC",
                        ApiKey.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public Optional<ApiKey> findByPrefix(String prefix) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.prefix = :prefix", ApiKey.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst();
    }

    /** The user's key with this id; another user's key does not exist for them. */
    public Optional<ApiKey> findOwned(long id, long userId) {
        return Optional.ofNullable(em.find(ApiKey.class, id)).filter(k -> k.getUserId() == userId);
    }

    public void add(ApiKey key) {
        em.persist(key);
        em.flush();
    }

    /**
     * Records a use without loading the entity or bumping its version (a use is not an edit), and at
     * most once a minute per key, so busy keys do not turn every read into a write.
     */
    public void touch(long id, Instant now) {
        em.createNativeQuery("UPDATE api_key SET last_used_at = ?1 WHERE id = ?2"
                        + " AND (last_used_at IS NULL OR last_used_at < ?3)")
                .setParameter(1, now)
                .setParameter(2, id)
                .setParameter(3, now.minusSeconds(60))
                .executeUpdate();
    }
}
