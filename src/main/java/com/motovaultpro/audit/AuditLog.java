package com.motovaultpro.audit;

import com.motovaultpro.platform.logging.CorrelationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records who did what security-relevant thing, when and from where: a row in {@code audit_event}
 * (in the caller's transaction, so an action that rolls back leaves no entry) and one JSON line on
 * the {@code motovault.audit} logger for log shipping.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("motovault.audit");

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    HttpServletRequest request;

    Clock clock = Clock.systemUTC();

    /** Records an action of the current request, from the request's client address. */
    @Transactional
    public void record(AuditAction action, String actor, String subject, String detail) {
        record(action, actor, subject, detail, clientAddress());
    }

    /** Records an action with an explicit client address (code that runs before the request scope); null: the request's. */
    @Transactional
    public void record(AuditAction action, String actor, String subject, String detail, String clientAddress) {
        AuditEvent event = new AuditEvent(clock.instant(), action, actor, subject, detail,
                clientAddress != null ? clientAddress : clientAddress(), CorrelationId.current().orElse(null));
        em.persist(event);
        LOG.info(() -> jsonLine(event));
    }

    @Transactional
    public List<AuditEvent> recent(int limit, String actor) {
        String filter = actor == null || actor.isBlank() ? "" : " WHERE lower(e.actor) = lower(:actor)";
        var query = em.createQuery("SELECT e FROM AuditEvent e" + filter + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class).setMaxResults(limit);
        if (!filter.isEmpty()) {
            query.setParameter("actor", actor.strip());
        }
        return query.getResultList();
    }

    static String jsonLine(AuditEvent event) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("audit", event.getAction().name())
                .add("outcome", event.getOutcome())
                .add("at", event.getOccurredAt().toString());
        add(line, "actor", event.getActor());
        add(line, "subject", event.getSubject());
        add(line, "detail", event.getDetail());
        add(line, "client", event.getClientAddress());
        add(line, "correlationId", event.getCorrelationId());
        return line.build().toString();
    }

    private static void add(JsonObjectBuilder line, String name, String value) {
        if (value != null) {
            line.add(name, value);
        }
    }

    private String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
