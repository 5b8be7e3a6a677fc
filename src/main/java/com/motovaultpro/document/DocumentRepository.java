package com.motovaultpro.document;

import com.motovaultpro.logbook.RecordsMoved;
import com.motovaultpro.platform.cache.CacheInvalidation;
import com.motovaultpro.platform.cache.VehicleScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and stores {@link Document}s. Those in the trash are invisible here, and so are a record's
 * documents while the record is in the trash: they come back with it, so they are hidden, never
 * trashed along. A record's documents follow it when it moves to another vehicle.
 */
@ApplicationScoped
@Transactional
public class DocumentRepository {

    /** A record's document counts only while its record is live and in the document's vehicle. */
    private static final String RECORD_LIVE = " AND (d.recordId IS NULL OR EXISTS (SELECT 1 FROM LogbookRecord r"
            + " WHERE r.id = d.recordId AND r.vehicleId = d.vehicleId AND r.deletedAt IS NULL))";

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CacheInvalidation invalidation;

    /** The vehicle's documents, newest first; with a record id only that record's. */
    public List<Document> of(long vehicleId, Long recordId) {
        String byRecord = recordId == null ? "" : " AND d.recordId = :record";
        var query = em.createQuery("SELECT d FROM Document d WHERE d.vehicleId = :vehicle" + byRecord + RECORD_LIVE
                + " ORDER BY d.createdAt DESC, d.id DESC", Document.class).setParameter("vehicle", vehicleId);
        if (recordId != null) {
            query.setParameter("record", recordId);
        }
        return query.getResultList();
    }

    public Optional<Document> find(long vehicleId, long id) {
        return em.createQuery("SELECT d FROM Document d WHERE d.id = :id AND d.vehicleId = :vehicle" + RECORD_LIVE,
                        Document.class)
                .setParameter("id", id)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Moves the documents of moved records along, trashed ones too (so a restore lands where the
     * record is). Native, as a document's vehicle never changes otherwise. None of them is the
     * photo (the photo is no record's), so the vehicle's one photo stays as it is.
     */
    void onRecordsMoved(@Observes RecordsMoved moved) {
        int followed = em.createNativeQuery("""
                        UPDATE document SET vehicle_id = :to, vehicle_photo = FALSE, updated_at = now(), version = version + 1
                        WHERE vehicle_id = :from AND record_id IN (:ids)""")
                .setParameter("to", moved.toVehicleId())
                .setParameter("from", moved.fromVehicleId())
                .setParameter("ids", moved.recordIds())
                .executeUpdate();
        if (followed > 0) {
            invalidation.changed(List.of(VehicleScoped.scopeOf(moved.fromVehicleId()),
                    VehicleScoped.scopeOf(moved.toVehicleId())));
        }
    }

    public Optional<Document> photo(long vehicleId) {
        return em.createQuery("SELECT d FROM Document d WHERE d.vehicleId = :vehicle AND d.vehiclePhoto = TRUE",
                        Document.class)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .findFirst();
    }

    /** Vehicle id → photo document id, in one query. */
    public Map<Long, Long> photoIds(Collection<Long> vehicleIds) {
        if (vehicleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> photos = new HashMap<>();
        em.createQuery("SELECT d.vehicleId, d.id FROM Document d WHERE d.vehiclePhoto = TRUE AND d.vehicleId IN :vehicles"
                                + RECORD_LIVE, Object[].class)
                .setParameter("vehicles", vehicleIds)
                .getResultStream()
                .forEach(row -> photos.put((Long) row[0], (Long) row[1]));
        return photos;
    }

    /** Makes the document the vehicle's photo, the previous one an ordinary document again. */
    public Document makePhoto(long vehicleId, long id) {
        Document document = find(vehicleId, id)
                .orElseThrow(() -> new DocumentException(DocumentException.Reason.NO_SUCH_DOCUMENT));
        photo(vehicleId).filter(previous -> !previous.getId().equals(document.getId())).ifPresent(previous -> {
            previous.notThePhotoAnyMore();
            em.flush();
        });
        document.makeThePhoto();
        em.flush();
        return document;
    }

    /** What the migration needs of every document, trashed ones included (their bytes are kept too). */
    public record Stored(long id, String storageKey, String sha256, String contentType, String originalName) {
    }

    public List<Stored> allStored() {
        List<?> rows = em.createNativeQuery("SELECT id, storage_key, sha256, content_type, original_name FROM document ORDER BY id")
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Stored(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** True if the record exists, is not in the trash and belongs to the vehicle. */
    public boolean recordOf(long vehicleId, long recordId) {
        return !em.createNativeQuery("SELECT 1 FROM logbook_record WHERE id = ?1 AND vehicle_id = ?2 AND deleted_at IS NULL")
                .setParameter(1, recordId)
                .setParameter(2, vehicleId)
                .getResultList().isEmpty();
    }

    /** Stores the metadata of an object already in storage; a new photo replaces the old one. */
    public void add(Document document) {
        if (document.isVehiclePhoto()) {
            photo(document.getVehicleId()).ifPresent(previous -> {
                previous.notThePhotoAnyMore();
                em.flush();
            });
        }
        em.persist(document);
        em.flush();
    }

    public void moveToTrash(long vehicleId, long id, String username) {
        find(vehicleId, id).orElseThrow(() -> new DocumentException(DocumentException.Reason.NO_SUCH_DOCUMENT))
                .moveToTrash(username);
        em.flush();
    }
}
