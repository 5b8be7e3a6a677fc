package com.motovaultpro.document;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.document.storage.DocumentStorage;
import com.motovaultpro.document.storage.GuardedStorage;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Documents of a vehicle and its records: upload (type from the bytes, size limit, checksum),
 * list, read, delete to the trash. The caller's role on the vehicle decides: reading needs READ,
 * attaching and deleting EDIT_RECORDS, the vehicle photo (setting or deleting it) MANAGE. The photo
 * belongs to the vehicle, never to a record: what happens to a record (trash, move) must not take it.
 * <p>
 * An upload stores the bytes first, under a key of our own, and only then the row; if the row
 * cannot be written the object is removed again. So there is never a row without its object, and
 * an upload that fails midway leaves neither; nor does one whose transaction rolls back later.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

    @Inject
    VehicleService vehicles;

    @Inject
    DocumentRepository documents;

    @Inject
    GuardedStorage storage;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A document's metadata with an open stream of its bytes; the caller closes it. */
    public record Content(Document document, InputStream bytes) {
    }

    public List<Document> list(long vehicleId, Long recordId) {
        vehicles.check(vehicleId, Permission.READ);
        return documents.of(vehicleId, recordId);
    }

    public Document get(long vehicleId, long id) {
        vehicles.check(vehicleId, Permission.READ);
        return documents.find(vehicleId, id).orElseThrow(() -> new DocumentException(DocumentException.Reason.NO_SUCH_DOCUMENT));
    }

    public Document upload(long vehicleId, Long recordId, boolean photo, String fileName, InputStream content) {
        vehicles.get(vehicleId, photo ? Permission.MANAGE : Permission.EDIT_RECORDS);
        if (content == null) {
            throw new DocumentException(DocumentException.Reason.NO_FILE);
        }
        if (photo && recordId != null) {
            throw new DocumentException(DocumentException.Reason.PHOTO_OF_RECORD);
        }
        if (recordId != null && !documents.recordOf(vehicleId, recordId)) {
            throw new DocumentException(DocumentException.Reason.NO_SUCH_RECORD);
        }
        BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
        DetectedType type = detect(in);
        if (photo && !type.image()) {
            throw new DocumentException(DocumentException.Reason.PHOTO_NOT_IMAGE);
        }
        String name = FileNames.sanitise(fileName);
        String key = "vehicles/" + vehicleId + "/" + UUID.randomUUID();
        DocumentStorage.StoredObject stored;
        try {
            stored = storage.put(key, in, settings.documents().maxBytes(), type.contentType(),
                    new DocumentStorage.ObjectMetadata(name, currentUser.get().getUsername()));
        } catch (DocumentStorage.TooLargeException e) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE);
        } catch (DocumentStorage.StorageUnavailableException | FaultToleranceException e) {
            LOG.warning(() -> "Upload to vehicle " + vehicleId + " failed, document storage unavailable: " + e);
            throw new DocumentException(DocumentException.Reason.STORAGE_UNAVAILABLE);
        }
        Document document = new Document(vehicleId, recordId, key, name, type, stored.size(), stored.sha256(),
                currentUser.id(), photo);
        try {
            documents.add(document);
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
        removeIfRolledBack(key);
        LOG.info(() -> "Document " + document.getId() + " (" + stored.size() + " bytes, " + type + ") attached to vehicle "
                + vehicleId + " by user " + currentUser.id());
        return document;
    }

    /** The document with its bytes, for download or preview. */
    public Content content(long vehicleId, long id) {
        Document document = get(vehicleId, id);
        return new Content(document, open(document));
    }

    /** The bytes of a document the caller already may read (listed by {@link #list}). */
    public InputStream open(Document document) {
        try {
            return storage.open(document.getStorageKey());
        } catch (DocumentStorage.StorageUnavailableException | DocumentStorage.MissingObjectException
                 | FaultToleranceException e) {
            LOG.warning(() -> "Document " + document.getId() + " unreadable: " + e);
            throw new DocumentException(DocumentException.Reason.STORAGE_UNAVAILABLE);
        }
    }

    /** Makes an image the vehicle's photo (shown on its garage tile); needs MANAGE. */
    public Document makePhoto(long vehicleId, long id) {
        vehicles.get(vehicleId, Permission.MANAGE);
        Document document = documents.find(vehicleId, id)
                .orElseThrow(() -> new DocumentException(DocumentException.Reason.NO_SUCH_DOCUMENT));
        if (!document.getContentType().startsWith("image/")) {
            throw new DocumentException(DocumentException.Reason.PHOTO_NOT_IMAGE);
        }
        if (document.getRecordId() != null) {
            throw new DocumentException(DocumentException.Reason.PHOTO_OF_RECORD);
        }
        return documents.makePhoto(vehicleId, id);
    }

    /** Moves the document to the trash; its bytes stay until it is purged. Removing the photo is a manager's choice, like setting it. */
    public void delete(long vehicleId, long id) {
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        Document document = documents.find(vehicleId, id)
                .orElseThrow(() -> new DocumentException(DocumentException.Reason.NO_SUCH_DOCUMENT));
        if (document.isVehiclePhoto()) {
            vehicles.get(vehicleId, Permission.MANAGE);
        }
        documents.moveToTrash(vehicleId, id, currentUser.get().getUsername());
    }

    private static DetectedType detect(BufferedInputStream in) {
        try {
            in.mark(DetectedType.SNIFF_BYTES);
            byte[] head = in.readNBytes(DetectedType.SNIFF_BYTES);
            in.reset();
            if (head.length == 0) {
                throw new DocumentException(DocumentException.Reason.EMPTY_FILE);
            }
            return DetectedType.of(head, head.length)
                    .orElseThrow(() -> new DocumentException(DocumentException.Reason.UNSUPPORTED_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Within a longer transaction (a restore adds many documents in one), the row goes if the
     * transaction rolls back later: the object must go with it.
     */
    private void removeIfRolledBack(String key) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    removeQuietly(key);
                }
            }
        });
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Object " + key + " could not be removed after its row failed; it is unreferenced: " + e);
        }
    }
}
