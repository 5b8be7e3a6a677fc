package com.motovaultpro.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Something a user can delete by mistake: deleting only moves it to the trash (the entity adds
 * {@code @SQLRestriction("deleted_at IS NULL")} so it disappears from every query) until it is
 * restored or purged after 30 days. Tables carry {@code deleted_at, deleted_by}.
 */
@MappedSuperclass
public abstract class TrashableEntity extends AuditedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 64)
    private String deletedBy;

    /** Moves this to the trash: it disappears everywhere but can be restored for 30 days. */
    public void moveToTrash(String username) {
        deletedAt = Instant.now();
        deletedBy = username;
    }
}
