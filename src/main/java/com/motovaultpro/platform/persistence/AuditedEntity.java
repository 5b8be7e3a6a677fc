package com.motovaultpro.platform.persistence;

import com.motovaultpro.platform.cache.ChangeListener;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * What every stored thing has, written once: a generated id, when it was created and last
 * changed, and a version for optimistic locking (a concurrent edit fails instead of silently
 * overwriting). Tables carry {@code id, created_at, updated_at, version}. Ids come from the table's
 * own sequence, 50 at a time ({@link TableIdSequences}), so inserts go to the database in batches.
 * Every write of one goes through the cache's {@link ChangeListener}.
 */
@MappedSuperclass
@EntityListeners(ChangeListener.class)
public abstract class AuditedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    void stampCreated() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
