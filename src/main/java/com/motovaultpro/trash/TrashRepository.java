package com.motovaultpro.trash;

import com.motovaultpro.platform.cache.CacheInvalidation;
import com.motovaultpro.platform.cache.VehicleScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The trash, in SQL: deleted rows are invisible to the entities, so these queries read and
 * restore them directly — always scoped to the owner, so nobody reaches someone else's trash.
 */
@ApplicationScoped
@Transactional
public class TrashRepository {

    /** How long deleted things can be restored. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    @Inject
    CacheInvalidation invalidation;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    // Who may see and restore what: the owner and accepted managers a vehicle (they may delete it);
    // the owner, editors and managers a vehicle's records. Kept in SQL next to the queries using it.
    private static final String MAY_MANAGE = """
            (v.owner_id = ?1 OR EXISTS (SELECT 1 FROM vehicle_share s WHERE s.vehicle_id = v.id AND s.user_id = ?1
                                        AND s.accepted_at IS NOT NULL AND s.role = 'MANAGER'))""";
    private static final String MAY_EDIT_RECORDS = """
            (v.owner_id = ?1 OR EXISTS (SELECT 1 FROM vehicle_share s WHERE s.vehicle_id = v.id AND s.user_id = ?1
                                        AND s.accepted_at IS NOT NULL AND s.role IN ('EDITOR', 'MANAGER')))""";

    /** Deleted vehicles the user owns or manages. */
    public List<TrashItem> vehicles(long ownerId) {
        List<?> rows = em.createNativeQuery("""
                SELECT v.id, v.model_year, v.make, v.model, v.license_plate, v.deleted_at, v.deleted_by
                FROM vehicle v WHERE v.deleted_at IS NOT NULL AND """ + MAY_MANAGE + " ORDER BY v.deleted_at DESC")
                .setParameter(1, ownerId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            String name = r[4] != null ? (String) r[4] : r[1] + " " + r[2] + " " + r[3];
            Instant deleted = instant(r[5]);
            long id = ((Number) r[0]).longValue();
            return new TrashItem(id, null, id, name, null, null, null, deleted, (String) r[6], deleted.plus(KEPT_FOR));
        }).toList();
    }

    /**
     * Deleted records of live vehicles the user may edit records of, and the user's deleted shop
     * supplies (vehicle 0, no vehicle name).
     */
    public List<TrashItem> records(long ownerId) {
        List<?> rows = em.createNativeQuery("""
                SELECT r.id, r.record_type, r.vehicle_id, coalesce(v.license_plate, v.model_year || ' ' || v.make || ' ' || v.model),
                       r.record_date, coalesce(r.description, r.title), r.cost, r.deleted_at, r.deleted_by
                FROM logbook_record r LEFT JOIN vehicle v ON v.id = r.vehicle_id
                WHERE r.deleted_at IS NOT NULL
                  AND ((v.deleted_at IS NULL AND """ + MAY_EDIT_RECORDS + """
                ) OR r.owner_id = ?1)
                ORDER BY r.deleted_at DESC LIMIT 500""")
                .setParameter(1, ownerId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            Instant deleted = instant(r[7]);
            return new TrashItem(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? 0 : ((Number) r[2]).longValue(),
                    (String) r[3], ((Date) r[4]).toLocalDate(), (String) r[5], (BigDecimal) r[6], deleted, (String) r[8],
                    deleted.plus(KEPT_FOR));
        }).toList();
    }

    /** Deleted documents of live vehicles (and live records) the user may edit records of. */
    public List<TrashItem> documents(long userId) {
        List<?> rows = em.createNativeQuery("""
                SELECT d.id, d.vehicle_id, coalesce(v.license_plate, v.model_year || ' ' || v.make || ' ' || v.model),
                       d.original_name, d.deleted_at, d.deleted_by
                FROM document d JOIN vehicle v ON v.id = d.vehicle_id LEFT JOIN logbook_record r ON r.id = d.record_id
                WHERE d.deleted_at IS NOT NULL AND v.deleted_at IS NULL AND r.deleted_at IS NULL AND """
                + MAY_EDIT_RECORDS + " ORDER BY d.deleted_at DESC LIMIT 500")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            Instant deleted = instant(r[4]);
            return new TrashItem(((Number) r[0]).longValue(), TrashItem.DOCUMENT, ((Number) r[1]).longValue(),
                    (String) r[2], null, (String) r[3], null, deleted, (String) r[5], deleted.plus(KEPT_FOR));
        }).toList();
    }

    /**
     * Restores a document of a live vehicle (and live record) the user may edit records of; false
     * if not in their trash. It comes back as an ordinary document, never as the vehicle photo:
     * an editor may restore it, but only a manager chooses the photo.
     */
    public boolean restoreDocument(long userId, long documentId) {
        return restored(em.createNativeQuery("""
                UPDATE document d SET deleted_at = NULL, deleted_by = NULL, updated_at = now(), version = d.version + 1,
                                      vehicle_photo = FALSE
                WHERE d.id = ?2 AND d.deleted_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM logbook_record r WHERE r.id = d.record_id AND r.deleted_at IS NOT NULL)
                  AND EXISTS (SELECT 1 FROM vehicle v WHERE v.id = d.vehicle_id AND v.deleted_at IS NULL AND """
                + MAY_EDIT_RECORDS + ") RETURNING d.vehicle_id")
                .setParameter(1, userId).setParameter(2, documentId).getResultList());
    }

    /** Whether a document in the user's reach waits in the trash for its record, which is in the trash too. */
    public boolean documentWaitsForRecord(long userId, long documentId) {
        return !em.createNativeQuery("""
                SELECT 1 FROM document d JOIN logbook_record r ON r.id = d.record_id JOIN vehicle v ON v.id = d.vehicle_id
                WHERE d.id = ?2 AND d.deleted_at IS NOT NULL AND r.deleted_at IS NOT NULL AND v.deleted_at IS NULL AND """
                + MAY_EDIT_RECORDS)
                .setParameter(1, userId).setParameter(2, documentId).getResultList().isEmpty();
    }

    /** Restores a vehicle the user owns or manages; false if there is no such vehicle in their trash. */
    public boolean restoreVehicle(long ownerId, long vehicleId) {
        return restored(em.createNativeQuery("""
                UPDATE vehicle v SET deleted_at = NULL, deleted_by = NULL, updated_at = now(), version = v.version + 1
                WHERE v.id = ?2 AND v.deleted_at IS NOT NULL AND """ + MAY_MANAGE + " RETURNING v.id")
                .setParameter(1, ownerId).setParameter(2, vehicleId).getResultList());
    }

    /**
     * Restores a record of a live vehicle the user may edit records of, or one of their shop
     * supplies; false if there is no such record in their trash.
     */
    public boolean restoreRecord(long ownerId, long recordId) {
        return restored(em.createNativeQuery("""
                UPDATE logbook_record r SET deleted_at = NULL, deleted_by = NULL, updated_at = now(), version = r.version + 1
                WHERE r.id = ?2 AND r.deleted_at IS NOT NULL
                  AND (r.owner_id = ?1 OR EXISTS (SELECT 1 FROM vehicle v WHERE v.id = r.vehicle_id
                                                  AND v.deleted_at IS NULL AND """ + MAY_EDIT_RECORDS + ")) RETURNING r.vehicle_id")
                .setParameter(1, ownerId).setParameter(2, recordId).getResultList());
    }

    /**
     * Whether the restore found its row; the restored row's vehicle (if it has one) gets fresh
     * cached views (these statements bypass JPA and so its change listener).
     */
    private boolean restored(List<?> vehicleIds) {
        List<String> scopes = vehicleIds.stream().filter(java.util.Objects::nonNull)
                .map(id -> VehicleScoped.scopeOf(((Number) id).longValue())).toList();
        invalidation.changed(scopes);
        return vehicleIds.size() == 1;
    }

    /** What a purge removed: how many rows, and the storage keys of the documents among them. */
    public record Purged(int rows, List<String> documentKeys) {
    }

    /**
     * Deletes for good what has been in the trash longer than {@link #KEPT_FOR}: documents first
     * (those deleted, and those of records or vehicles being purged), handing back their storage
     * keys, so the bytes can be removed once the rows are gone.
     */
    public Purged purgeOlderThan(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("""
                DELETE FROM document d
                WHERE d.deleted_at < ?1
                   OR EXISTS (SELECT 1 FROM vehicle v WHERE v.id = d.vehicle_id AND v.deleted_at < ?1)
                   OR EXISTS (SELECT 1 FROM logbook_record r WHERE r.id = d.record_id AND r.deleted_at < ?1)
                RETURNING d.storage_key""")
                .setParameter(1, before).getResultList();
        int records = em.createNativeQuery("DELETE FROM logbook_record WHERE deleted_at < ?1")
                .setParameter(1, before).executeUpdate();
        // A purged vehicle takes its records with it (ON DELETE CASCADE).
        int vehicles = em.createNativeQuery("DELETE FROM vehicle WHERE deleted_at < ?1")
                .setParameter(1, before).executeUpdate();
        return new Purged(keys.size() + records + vehicles, List.copyOf(keys));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
