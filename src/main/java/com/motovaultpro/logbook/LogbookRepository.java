package com.motovaultpro.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Loads and stores logbook records, always within one vehicle. A page costs two statements
 * (count and page), whatever the number of records.
 */
@ApplicationScoped
@Transactional
public class LogbookRepository {

    /** The two scopes records live in: a vehicle, or (shop supplies) their owner. */
    private static final String VEHICLE = "vehicleId";
    private static final String OWNER = "ownerId";

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public <T extends LogbookRecord> RecordPage<T> page(Class<T> type, long vehicleId, RecordQuery query) {
        return page(type, VEHICLE, vehicleId, query);
    }

    /** A page of the user's shop supplies (supplies not tied to one vehicle). */
    public <T extends LogbookRecord> RecordPage<T> shopPage(Class<T> type, long ownerId, RecordQuery query) {
        return page(type, OWNER, ownerId, query);
    }

    private <T extends LogbookRecord> RecordPage<T> page(Class<T> type, String scope, long scopeId, RecordQuery query) {
        String where = where(scope, query);
        TypedQuery<Long> count = em.createQuery("SELECT count(r) FROM " + type.getSimpleName() + " r" + where, Long.class);
        String pinnedFirst = PinnedFirst.class.isAssignableFrom(type) ? "r.pinned DESC, " : "";
        TypedQuery<T> page = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r" + where
                + " ORDER BY " + pinnedFirst + query.orderBy(), type);
        bind(count, scopeId, query);
        bind(page, scopeId, query);
        List<T> items = page.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return new RecordPage<>(items, query.page(), query.size(), count.getSingleResult());
    }

    /**
     * Count, cost and the distance covered (highest minus lowest odometer) of the records the
     * query selects, in one aggregate statement; for fill-ups also the fuel quantity.
     */
    public <T extends LogbookRecord> RecordTotals totals(Class<T> type, long vehicleId, RecordQuery query) {
        return totals(type, VEHICLE, vehicleId, query);
    }

    public <T extends LogbookRecord> RecordTotals shopTotals(Class<T> type, long ownerId, RecordQuery query) {
        return totals(type, OWNER, ownerId, query);
    }

    private <T extends LogbookRecord> RecordTotals totals(Class<T> type, String scope, long scopeId, RecordQuery query) {
        String distance = VehicleUseRecord.class.isAssignableFrom(type) ? "max(r.odometer) - min(r.odometer)" : "0";
        String quantity = HasQuantity.class.isAssignableFrom(type) ? "sum(r.quantity)" : "0";
        String cost = CostedRecord.class.isAssignableFrom(type) ? "sum(r.cost)" : "0";
        TypedQuery<Object[]> totals = em.createQuery("SELECT count(r), " + cost + ", " + distance + ", " + quantity
                + " FROM " + type.getSimpleName() + " r" + where(scope, query), Object[].class);
        bind(totals, scopeId, query);
        Object[] row = totals.getSingleResult();
        return new RecordTotals(((Number) row[0]).longValue(), decimal(row[1]), decimal(row[2]), decimal(row[3]));
    }

    /** The highest odometer reading of the vehicle dated before {@code date} (optionally ignoring one record). */
    public Optional<RecordContext.EarlierReading> highestReadingBefore(long vehicleId, LocalDate date,
                                                                       Long excludedId) {
        return em.createQuery("SELECT r.odometer, r.date FROM VehicleUseRecord r WHERE r.vehicleId = :vehicle"
                        + " AND r.date < :date AND r.odometer IS NOT NULL AND r.id <> :excluded"
                        + " ORDER BY r.odometer DESC", Object[].class)
                .setParameter("vehicle", vehicleId)
                .setParameter("date", date)
                .setParameter("excluded", excludedId == null ? -1L : excludedId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new RecordContext.EarlierReading((BigDecimal) row[0], (LocalDate) row[1]));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    public <T extends LogbookRecord> Optional<T> find(Class<T> type, long vehicleId, long recordId) {
        return find(type, VEHICLE, vehicleId, recordId);
    }

    public <T extends LogbookRecord> Optional<T> findShop(Class<T> type, long ownerId, long recordId) {
        return find(type, OWNER, ownerId, recordId);
    }

    private <T extends LogbookRecord> Optional<T> find(Class<T> type, String scope, long scopeId, long recordId) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id = :id AND r." + scope + " = :scope",
                        type)
                .setParameter("id", recordId)
                .setParameter("scope", scopeId)
                .getResultStream()
                .findFirst();
    }

    /** The vehicle's records (of any type) among {@code ids}, in one statement. */
    public List<LogbookRecord> findAll(long vehicleId, Collection<Long> ids) {
        return em.createQuery("SELECT r FROM LogbookRecord r WHERE r.vehicleId = :vehicle AND r.id IN :ids",
                        LogbookRecord.class)
                .setParameter("vehicle", vehicleId)
                .setParameter("ids", ids)
                .getResultList();
    }

    public void add(LogbookRecord record) {
        em.persist(record);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Stops tracking a stored record (it stays stored): long imports keep their persistence context small. */
    public void detach(LogbookRecord record) {
        em.detach(record);
    }

    private static String where(String scope, RecordQuery query) {
        StringBuilder where = new StringBuilder(" WHERE r." + scope + " = :scope");
        query.from().ifPresent(d -> where.append(" AND r.date >= :from"));
        query.to().ifPresent(d -> where.append(" AND r.date <= :to"));
        query.tag().ifPresent(t -> where.append(" AND array_contains(r.tags, :tag)"));
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, long scopeId, RecordQuery query) {
        q.setParameter("scope", scopeId);
        query.from().ifPresent(d -> q.setParameter("from", d));
        query.to().ifPresent(d -> q.setParameter("to", d));
        query.tag().ifPresent(t -> q.setParameter("tag", t));
    }
}
