package com.motovaultpro.document;

import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.TrashableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A file attached to a vehicle (possibly its photo) or to one of its records. */
@Entity
@Table(name = "document")
@SQLRestriction("deleted_at IS NULL")
public class Document extends TrashableEntity implements VehicleScoped {

    private static final long serialVersionUID = 1L;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "storage_key", nullable = false, length = 100, updatable = false)
    private String storageKey;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "vehicle_photo", nullable = false)
    private boolean vehiclePhoto;

    /**
     * The Content-Security-Policy of a document's bytes: nothing in them runs; our own pages may
     * frame a preview; a PDF may show in the browser's viewer.
     */
    public static final String CONTENT_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    protected Document() {
    }

    Document(long vehicleId, Long recordId, String storageKey, String originalName, DetectedType type, long sizeBytes,
             String sha256, long uploadedBy, boolean vehiclePhoto) {
        this.vehicleId = vehicleId;
        this.recordId = recordId;
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.vehiclePhoto = vehiclePhoto;
    }

    @Override
    public Long getVehicleId() {
        return vehicleId;
    }

    public Long getRecordId() {
        return recordId;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public boolean isVehiclePhoto() {
        return vehiclePhoto;
    }

    void notThePhotoAnyMore() {
        vehiclePhoto = false;
    }

    void makeThePhoto() {
        vehiclePhoto = true;
    }

    /** Images and PDFs are shown in the browser; the rest is only downloaded. */
    public boolean isPreviewable() {
        return contentType.startsWith("image/") && !contentType.equals("image/heic") || contentType.equals("application/pdf");
    }
}
