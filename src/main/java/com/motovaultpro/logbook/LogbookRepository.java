package com.motovaultpro.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Loads and stores logbook records, always within one vehicle. A page costs two statements
 * (count and page), whatever the number of records.
 */
@ApplicationScoped
@Transactional
public class LogbookRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public <T extends LogbookRecord> RecordPage<T> page(Class<T> type, long vehicleId, RecordQuery query) {
        String where = where(query);
        TypedQuery<Long> count = em.createQuery("SELECT count(r) FROM " + type.getSimpleName() + " r" + where, Long.class);
        TypedQuery<T> page = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r" + where
                + " ORDER BY " + query.orderBy(), type);
        bind(count, vehicleId, query);
        bind(page, vehicleId, query);
        List<T> items = page.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return new RecordPage<>(items, query.page(), query.size(), count.getSingleResult());
    }

    /**
     * Count, cost and the distance covered (highest minus lowest odometer) of the records the
     * query selects, in one aggregate statement; for fill-ups also the fuel quantity.
     */
    public <T extends VehicleUseRecord> RecordTotals totals(Class<T> type, long vehicleId, RecordQuery query) {
        boolean fuel = "FuelRecord".equals(type.getSimpleName());
        TypedQuery<Object[]> totals = em.createQuery("SELECT count(r), sum(r.cost), max(r.odometer) - min(r.odometer), "
                + (fuel ? "sum(r.quantity)" : "0") + " FROM " + type.getSimpleName() + " r" + where(query), Object[].class);
        bind(totals, vehicleId, query);
        Object[] row = totals.getSingleResult();
        return new RecordTotals(((Number) row[0]).longValue(), decimal(row[1]), decimal(row[2]), decimal(row[3]));
    }

    /** The highest odometer reading of the vehicle dated before {@code date} (optionally ignoring one record). */
    public Optional<RecordContext.EarlierReading> highestReadingBefore(long vehicleId, java.time.LocalDate date,
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
                .map(row -> new RecordContext.EarlierReading((java.math.BigDecimal) row[0], (java.time.LocalDate) row[1]));
    }

    private static java.math.BigDecimal decimal(Object value) {
        return value == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(value.toString());
    }

    public <T extends LogbookRecord> Optional<T> find(Class<T> type, long vehicleId, long recordId) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id = :id AND r.vehicleId = :vehicle",
                        type)
                .setParameter("id", recordId)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .findFirst();
    }

    public void add(LogbookRecord record) {
        em.persist(record);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    private static String where(RecordQuery query) {
        StringBuilder where = new StringBuilder(" WHERE r.vehicleId = :vehicle");
        query.from().ifPresent(d -> where.append(" AND r.date >= :from"));
        query.to().ifPresent(d -> where.append(" AND r.date <= :to"));
        query.tag().ifPresent(t -> where.append(" AND array_contains(r.tags, :tag)"));
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, long vehicleId, RecordQuery query) {
        q.setParameter("vehicle", vehicleId);
        query.from().ifPresent(d -> q.setParameter("from", d));
        query.to().ifPresent(d -> q.setParameter("to", d));
        query.tag().ifPresent(t -> q.setParameter("tag", t));
    }
}
