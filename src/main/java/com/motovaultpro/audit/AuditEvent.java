package com.motovaultpro.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit log entry; written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(nullable = false, length = 16, updatable = false)
    private String outcome;

    @Column(length = 254, updatable = false)
    private String actor;

    @Column(length = 254, updatable = false)
    private String subject;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "correlation_id", length = 64, updatable = false)
    private String correlationId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditAction action, String actor, String subject, String detail,
               String clientAddress, String correlationId) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.outcome = action.name().endsWith("_FAILED") || action.name().endsWith("_THROTTLED") ? "FAILURE" : "SUCCESS";
        this.actor = cut(actor, 254);
        this.subject = cut(subject, 254);
        this.detail = cut(detail, 1000);
        this.clientAddress = cut(clientAddress, 64);
        this.correlationId = cut(correlationId, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getCorrelationId() {
        return correlationId;
    }
}
