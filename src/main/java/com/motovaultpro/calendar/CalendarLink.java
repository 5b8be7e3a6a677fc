package com.motovaultpro.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's calendar feed link: the SHA-256 of its secret, and the API key it was created with
 * (null when made on the settings page or with a password or token), whose life it shares.
 */
@Entity
@Table(name = "calendar_link")
public class CalendarLink {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "api_key_id", updatable = false)
    private Long apiKeyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Rows are written by {@link CalendarFeed#rotate} in one upsert; JPA reads and removes them. */
    protected CalendarLink() {
    }

    public Long getApiKeyId() {
        return apiKeyId;
    }
}
