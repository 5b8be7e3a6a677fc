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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads and stores logbook records, always within one vehicle. A page costs two statements
 * (count and page), whatever the number of records.
 */
@ApplicationScoped
@Transactional
public class LogbookRepository {

    private static final int EACH_CHUNK = 500;

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

    /**
     * The vehicle's earliest reading dated from {@code from} and before {@code before} (the lowest,
     * if that day has several): where its recent average starts.
     */
    public Optional<RecordContext.EarlierReading> firstReadingSince(long vehicleId, LocalDate from, LocalDate before,
                                                                    Long excludedId) {
        return em.createQuery("SELECT r.odometer, r.date FROM VehicleUseRecord r WHERE r.vehicleId = :vehicle"
                        + " AND r.date >= :from AND r.date < :before AND r.odometer IS NOT NULL"
                        + " AND r.id <> :excluded ORDER BY r.date, r.odometer", Object[].class)
                .setParameter("vehicle", vehicleId)
                .setParameter("from", from)
                .setParameter("before", before)
                .setParameter("excluded", excludedId == null ? -1L : excludedId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new RecordContext.EarlierReading((BigDecimal) row[0], (LocalDate) row[1]));
    }

    /** Every odometer reading of the vehicle, oldest first (one statement). */
    public List<RecordContext.EarlierReading> readings(long vehicleId) {
        return em.createQuery("SELECT r.odometer, r.date FROM VehicleUseRecord r WHERE r.vehicleId = :vehicle"
                        + " AND r.odometer IS NOT NULL ORDER BY r.date, r.id", Object[].class)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .map(row -> new RecordContext.EarlierReading((BigDecimal) row[0], (LocalDate) row[1]))
                .toList();
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

    /**
     * Hands every record of one type of the vehicle to {@code action}, oldest first, read in chunks
     * from one statement and let go of once handed over: memory stays flat however many there are.
     */
    public <T extends LogbookRecord> void each(Class<T> type, long vehicleId, Consumer<? super T> action) {
        each(type, VEHICLE, vehicleId, action);
    }

    /** As {@link #each(Class, long, Consumer)}, for the owner's shop supplies (records of no vehicle). */
    public <T extends LogbookRecord> void eachShop(Class<T> type, long ownerId, Consumer<? super T> action) {
        each(type, OWNER, ownerId, action);
    }

    private <T extends LogbookRecord> void each(Class<T> type, String scope, long scopeId, Consumer<? super T> action) {
        try (Stream<T> all = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r." + scope + " = :scope"
                        + " ORDER BY r.date, r.id", type)
                .setParameter("scope", scopeId)
                .setHint("org.hibernate.fetchSize", EACH_CHUNK)
                .getResultStream()) {
            all.forEach(record -> {
                action.accept(record);
                em.detach(record);
            });
        }
    }

    /** The extra fields the vehicle's records of one type carry, in the order they first appear (by date). */
    public List<String> extraFieldNames(Class<? extends LogbookRecord> type, long vehicleId) {
        return extraFieldNames(type, "vehicle_id", vehicleId);
    }

    /** As {@link #extraFieldNames(Class, long)}, for the owner's shop supplies. */
    public List<String> shopExtraFieldNames(Class<? extends LogbookRecord> type, long ownerId) {
        return extraFieldNames(type, "owner_id", ownerId);
    }

    private List<String> extraFieldNames(Class<? extends LogbookRecord> type, String column, long id) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT f.name FROM logbook_record r,"
                        + " jsonb_object_keys(r.extra_fields) AS f(name) WHERE r." + column + " = ?1 AND r.record_type = ?2"
                        + " AND r.deleted_at IS NULL GROUP BY f.name ORDER BY min(r.record_date), min(r.id), f.name",
                        String.class)
                .setParameter(1, id)
                .setParameter(2, LogbookRecord.recordTypeOf(type))
                .getResultList();
        return names;
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

    /** Hands a new record to the persistence context; its insert goes out with the next flush, batched. */
    public void persist(LogbookRecord record) {
        em.persist(record);
    }

    /**
     * Sends what is pending (inserts in JDBC batches) and lets go of {@code stored}: an import adds
     * many, and nothing it added is looked at again in its transaction.
     */
    public void flushAndRelease(Collection<? extends LogbookRecord> stored) {
        em.flush();
        stored.forEach(em::detach);
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
