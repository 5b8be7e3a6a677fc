package com.motovaultpro.logbook;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Record use cases for every record type, written once. Each call first resolves the vehicle
 * through the caller's access to it (404 otherwise), then works on that vehicle's records only.
 */
@ApplicationScoped
@Transactional
public class LogbookService {

    @Inject
    LogbookRepository records;

    @Inject
    VehicleService vehicles;

    @Inject
    CurrentUser currentUser;

    @Inject
    BeanValidation validation;

    public <T extends LogbookRecord> RecordPage<T> page(Class<T> type, long vehicleId, RecordQuery query) {
        vehicles.get(vehicleId);
        return records.page(type, vehicleId, query);
    }

    public <T extends VehicleUseRecord> RecordTotals totals(Class<T> type, long vehicleId, RecordQuery query) {
        vehicles.get(vehicleId);
        return records.totals(type, vehicleId, query);
    }

    public <T extends LogbookRecord> T get(Class<T> type, long vehicleId, long recordId) {
        vehicles.get(vehicleId);
        return records.find(type, vehicleId, recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
    }

    /** Adds {@code record} (a new, unsaved instance filled by the caller) to the vehicle. */
    public <T extends LogbookRecord> T create(long vehicleId, T record) {
        Vehicle vehicle = vehicles.get(vehicleId);
        record.normalize();
        record.useContext(contextFor(vehicle, record, null));
        validation.check(record);
        record.belongTo(vehicleId, currentUser.get().getUsername());
        records.add(record);
        return record;
    }

    /** Applies the edited details; with {@code expectedVersion}, only if nobody changed it since. */
    public <T extends LogbookRecord> T update(Class<T> type, long vehicleId, long recordId, T details,
                                              OptionalLong expectedVersion) {
        Vehicle vehicle = vehicles.get(vehicleId);
        T record = records.find(type, vehicleId, recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != record.getVersion()) {
            throw new StaleVersionException("Record", recordId);
        }
        details.normalize();
        details.useContext(contextFor(vehicle, details, recordId));
        validation.check(details);
        record.copyDetailsFrom(details);
        record.changedBy(currentUser.get().getUsername());
        records.flush();
        return record;
    }

    /** What validation needs to know about the vehicle for {@code record} (an update excludes itself). */
    private RecordContext contextFor(Vehicle vehicle, LogbookRecord record, Long excludedId) {
        Optional<RecordContext.EarlierReading> earlier = record.getDate() == null ? Optional.empty()
                : records.highestReadingBefore(vehicle.getId(), record.getDate(), excludedId);
        return new RecordContext(vehicle.fuels(), earlier);
    }

    /** Moves the record to the trash, from where it can be restored for 30 days. */
    public <T extends LogbookRecord> void delete(Class<T> type, long vehicleId, long recordId) {
        get(type, vehicleId, recordId).moveToTrash(currentUser.get().getUsername());
        records.flush();
    }
}
