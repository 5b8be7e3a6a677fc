package com.motovaultpro.trash;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.document.DocumentException;
import com.motovaultpro.document.storage.GuardedStorage;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** The signed-in user's trash: what they deleted in the last 30 days, and restoring it. */
@ApplicationScoped
public class TrashService {

    private static final Logger LOG = Logger.getLogger(TrashService.class.getName());

    @Inject
    TrashRepository trash;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuardedStorage storage;

    /** The caller's deleted vehicles and records, newest first; anything past 30 days is purged first. */
    public Contents contents() {
        purgeExpired();
        long owner = currentUser.id();
        return new Contents(trash.vehicles(owner), trash.records(owner), trash.documents(owner));
    }

    /** What a trash holds. */
    public record Contents(List<TrashItem> vehicles, List<TrashItem> records, List<TrashItem> documents) {
    }

    public void restoreVehicle(long vehicleId) {
        // An API key's scope caps the caller's role; only a MANAGER-scoped key restores vehicles.
        currentUser.keyScope().map(VehicleRole::valueOf).filter(scope -> !scope.allows(Permission.MANAGE))
                .ifPresent(scope -> {
                    throw new VehicleAccessDeniedException(vehicleId, scope, Permission.MANAGE);
                });
        if (!trash.restoreVehicle(currentUser.id(), vehicleId)) {
            throw new NotInTrashException();
        }
        LOG.info(() -> "Vehicle " + vehicleId + " restored from the trash by user " + currentUser.id());
    }

    /** Restores a document; one whose record is in the trash waits for it (the record brings it back). */
    public void restoreDocument(long documentId) {
        if (!trash.restoreDocument(currentUser.id(), documentId)) {
            throw trash.documentWaitsForRecord(currentUser.id(), documentId)
                    ? new DocumentException(DocumentException.Reason.RECORD_IN_TRASH) : new NotInTrashException();
        }
        LOG.info(() -> "Document " + documentId + " restored from the trash by user " + currentUser.id());
    }

    public void restoreRecord(long recordId) {
        if (!trash.restoreRecord(currentUser.id(), recordId)) {
            throw new NotInTrashException();
        }
        LOG.info(() -> "Record " + recordId + " restored from the trash by user " + currentUser.id());
    }

    /** Deletes for good what has been in any trash longer than 30 days. */
    public int purgeExpired() {
        TrashRepository.Purged done = trash.purgeOlderThan(Instant.now().minus(TrashRepository.KEPT_FOR));
        // The rows are gone (committed): now their bytes. One that cannot be removed is only
        // unreferenced, never a row pointing at nothing.
        for (String key : done.documentKeys()) {
            try {
                storage.delete(key);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Purged document object " + key + " could not be removed (unreferenced now): " + e);
            }
        }
        int purged = done.rows();
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " item(s) kept in the trash for more than 30 days");
        }
        return purged;
    }

    /** Nothing with that id in the caller's trash: answered like any missing thing. */
    public static class NotInTrashException extends RuntimeException {
        public NotInTrashException() {
            super("Not in the trash", null, false, false);
        }
    }
}
