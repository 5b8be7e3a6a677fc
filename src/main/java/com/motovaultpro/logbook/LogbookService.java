package com.motovaultpro.logbook;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.cache.CacheInvalidation;
import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

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

    @Inject
    ExtraFields extraFields;

    @Inject
    Event<RecordSaved> saved;

    @Inject
    Event<RecordsMoved> moved;

    @Inject
    CacheInvalidation invalidation;

    public <T extends LogbookRecord> RecordPage<T> page(Class<T> type, long vehicleId, RecordQuery query) {
        vehicles.check(vehicleId, Permission.READ);
        return records.page(type, vehicleId, query);
    }

    public <T extends LogbookRecord> RecordTotals totals(Class<T> type, long vehicleId, RecordQuery query) {
        vehicles.check(vehicleId, Permission.READ);
        return records.totals(type, vehicleId, query);
    }

    /** Every record of one type of the vehicle, oldest first, one at a time (for exports of any size). */
    public <T extends LogbookRecord> void forEach(Class<T> type, long vehicleId, Consumer<? super T> action) {
        vehicles.check(vehicleId, Permission.READ);
        records.each(type, vehicleId, action);
    }

    /** The extra fields the vehicle's records of one type carry, in the order they first appear. */
    public List<String> extraFieldNames(Class<? extends LogbookRecord> type, long vehicleId) {
        vehicles.check(vehicleId, Permission.READ);
        return records.extraFieldNames(type, vehicleId);
    }

    public <T extends LogbookRecord> T get(Class<T> type, long vehicleId, long recordId) {
        vehicles.check(vehicleId, Permission.READ);
        return records.find(type, vehicleId, recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
    }

    /** Adds {@code record} (a new, unsaved instance filled by the caller) to the vehicle. */
    public <T extends LogbookRecord> T create(long vehicleId, T record) {
        return createFor(vehicles.get(vehicleId, Permission.EDIT_RECORDS), record, currentUser.get().getUsername());
    }

    /**
     * Adds {@code record} to a vehicle someone was let into without an account (through a driver
     * link, which checked its own secret), recorded as made by {@code author}; every check of a
     * create applies.
     */
    public <T extends LogbookRecord> T createFor(Vehicle vehicle, T record, String author) {
        RecordContext context = contextFor(vehicle, record, null);
        record.fillDefaults(context);
        record.useContext(context);
        return add(record, vehicle.getOwnerId(), r -> r.belongTo(vehicle.getId(), author));
    }

    /**
     * Adds a record the application derives from another one (the next recurring fee): same
     * vehicle, recorded as made by {@code createdBy}, without the user-facing checks.
     */
    public <T extends LogbookRecord> T addFollowUp(LogbookRecord origin, T record, String createdBy) {
        record.normalize();
        record.belongTo(origin.getVehicleId(), createdBy);
        records.add(record);
        return record;
    }

    /** Applies the edited details; with {@code expectedVersion}, only if nobody changed it since. */
    public <T extends LogbookRecord> T update(Class<T> type, long vehicleId, long recordId, T details,
                                              OptionalLong expectedVersion) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        T record = records.find(type, vehicleId, recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
        if (record instanceof VehicleUseRecord stored && details instanceof VehicleUseRecord edited
                && Objects.equals(stored.getDate(), edited.getDate())
                && sameReading(stored.getOdometer(), edited.getOdometer())) {
            // The reading was accepted when it was saved (perhaps confirmed then, which is not
            // stored); an edit of the notes or the cost does not question it again.
            edited.setLowerOdometerConfirmed(true);
            edited.setHighOdometerConfirmed(true);
        }
        details.useContext(contextFor(vehicle, details, recordId));
        return apply(record, details, vehicle.getOwnerId(), expectedVersion);
    }

    /**
     * Applies one bulk action to records of the vehicle, all or nothing; returns how many records
     * it touched (for DUPLICATE: how many copies it made). A copy, and a moved record, must pass
     * what a create in the target would check; moving needs the rights of {@link MoveRights}.
     */
    public int bulk(long vehicleId, BulkAction bulk) {
        Vehicle source = vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        if (bulk.action() == null) {
            throw new InvalidParameterException("action",
                    "one of ADD_TAG, REMOVE_TAG, DUPLICATE, MOVE, DELETE is required");
        }
        Set<Long> ids = bulk.ids() == null ? Set.of() : new LinkedHashSet<>(bulk.ids());
        if (ids.isEmpty() || ids.size() > BulkAction.MAX_RECORDS || ids.contains(null)) {
            throw new InvalidParameterException("ids",
                    "between 1 and " + BulkAction.MAX_RECORDS + " record ids are required");
        }
        List<LogbookRecord> selected = records.findAll(vehicleId, ids);
        if (selected.size() != ids.size()) {
            Set<Long> found = new HashSet<>();
            selected.forEach(r -> found.add(r.getId()));
            throw new RecordNotFoundException(ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow());
        }
        Map<Long, LogbookRecord> byId = new HashMap<>();
        selected.forEach(r -> byId.put(r.getId(), r));
        List<LogbookRecord> inOrder = ids.stream().map(byId::get).toList();
        String user = currentUser.get().getUsername();
        switch (bulk.action()) {
            case ADD_TAG, REMOVE_TAG -> {
                String tag = BulkTags.checked(bulk.tag());
                for (LogbookRecord record : selected) {
                    if (bulk.action() == BulkAction.Kind.ADD_TAG ? BulkTags.add(record, tag) : BulkTags.remove(record, tag)) {
                        record.changedBy(user);
                    }
                }
            }
            case DUPLICATE -> {
                Vehicle target = targetOf(bulk, vehicleId, true);
                List<LogbookRecord> copies = checkedIn(target, inOrder, true);
                copies.forEach(copy -> {
                    copy.belongTo(target.getId(), user);
                    records.add(copy);
                });
            }
            case MOVE -> {
                Vehicle target = targetOf(bulk, vehicleId, false);
                vehicles.get(vehicleId, MoveRights.neededOnSource(source.getOwnerId(), target.getOwnerId()));
                List<LogbookRecord> checked = checkedIn(target, inOrder, false);
                for (int i = 0; i < inOrder.size(); i++) {
                    LogbookRecord record = inOrder.get(i);
                    record.setExtraFields(checked.get(i).getExtraFields());
                    record.moveTo(target.getId());
                    record.changedBy(user);
                }
                records.flush();
                moved.fire(new RecordsMoved(List.copyOf(ids), vehicleId, target.getId()));
                // The change listener reports a record's new vehicle only; the one it left changed too.
                invalidation.changed(List.of(VehicleScoped.scopeOf(vehicleId)));
            }
            case DELETE -> selected.forEach(record -> record.moveToTrash(user));
        }
        records.flush();
        return selected.size();
    }

    /** The vehicle a bulk action copies or moves to: 404 if the caller may not see it, 403 if not edit it. */
    private Vehicle targetOf(BulkAction bulk, long sourceVehicleId, boolean sameAllowed) {
        if (bulk.targetVehicleId() == null) {
            throw new InvalidParameterException("targetVehicleId", "a target vehicle is required");
        }
        if (!sameAllowed && bulk.targetVehicleId() == sourceVehicleId) {
            throw new InvalidParameterException("targetVehicleId",
                    "the records are already in this vehicle");
        }
        return vehicles.get(bulk.targetVehicleId(), Permission.EDIT_RECORDS);
    }

    /**
     * Unsaved copies of {@code originals} as a create in {@code target} would take them (defaults
     * filled for new records, extra fields canonical). If a create would refuse any of them, all
     * problems are thrown at once, named {@code records[<id>].<field>} in the order of the ids.
     */
    private List<LogbookRecord> checkedIn(Vehicle target, List<LogbookRecord> originals, boolean asNew) {
        List<LogbookRecord> copies = new ArrayList<>();
        List<ProblemDetail.FieldError> problems = new ArrayList<>();
        for (LogbookRecord original : originals) {
            LogbookRecord copy = original.editableCopy();
            problems.addAll(problemsIn(target, copy, "records[" + original.getId() + "]", asNew));
            copies.add(copy);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return copies;
    }

    /**
     * Starts an import into the vehicle (see {@link RecordImport}): 404 or 403 as for a create if
     * the caller may not edit its records; else what checking a row needs, read once.
     */
    public RecordImport startImport(long vehicleId, Class<? extends LogbookRecord> type) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        return new RecordImport(vehicleId, currentUser.get().getUsername(), vehicle.fuels(),
                extraFields.definitions(vehicle.getOwnerId(), LogbookRecord.recordTypeOf(type)),
                records.readings(vehicleId), validation, records);
    }

    /**
     * What a create of {@code candidate} in {@code target} would refuse, without throwing (see
     * {@link ExtraFields#outcome}). Copies and moves carry readings already in a logbook: like an
     * import, they are not questioned for plausibility (a bulk action has nothing to confirm with).
     */
    private List<ProblemDetail.FieldError> problemsIn(Vehicle target, LogbookRecord candidate, String name, boolean asNew) {
        RecordContext context = new RecordContext(target.fuels(), highestEarlierReading(target, candidate, null));
        return RecordProblems.of(candidate, context, name, asNew, validation,
                values -> extraFields.outcome(target.getOwnerId(), candidate.recordType(), values));
    }

    // Shop supplies: records of the caller that belong to no vehicle.

    public <T extends LogbookRecord> RecordPage<T> shopPage(Class<T> type, RecordQuery query) {
        return records.shopPage(type, currentUser.get().getId(), query);
    }

    public <T extends LogbookRecord> RecordTotals shopTotals(Class<T> type, RecordQuery query) {
        return records.shopTotals(type, currentUser.get().getId(), query);
    }

    /** Every shop supply (of {@code type}) of the caller, oldest first, one at a time. */
    public <T extends LogbookRecord> void shopForEach(Class<T> type, Consumer<? super T> action) {
        records.eachShop(type, currentUser.get().getId(), action);
    }

    /** The extra fields the caller's shop supplies carry, in the order they first appear. */
    public List<String> shopExtraFieldNames(Class<? extends LogbookRecord> type) {
        return records.shopExtraFieldNames(type, currentUser.get().getId());
    }

    public <T extends LogbookRecord> T shopGet(Class<T> type, long recordId) {
        return records.findShop(type, currentUser.get().getId(), recordId)
                .orElseThrow(() -> new RecordNotFoundException(recordId));
    }

    public <T extends LogbookRecord> T shopCreate(T record) {
        return add(record, currentUser.get().getId(),
                r -> r.belongToOwner(currentUser.get().getId(), currentUser.get().getUsername()));
    }

    public <T extends LogbookRecord> T shopUpdate(Class<T> type, long recordId, T details, OptionalLong expectedVersion) {
        return apply(shopGet(type, recordId), details, currentUser.get().getId(), expectedVersion);
    }

    public <T extends LogbookRecord> void shopDelete(Class<T> type, long recordId) {
        shopGet(type, recordId).moveToTrash(currentUser.get().getUsername());
        records.flush();
    }

    /** Checks and stores a new record, placed by {@code owner}, then lets follow-up work run. */
    private <T extends LogbookRecord> T add(T record, long ownerId, Consumer<T> owner) {
        record.normalize();
        validation.check(record);
        record.setExtraFields(extraFields.checked(ownerId, record.recordType(), record.getExtraFields()));
        owner.accept(record);
        records.add(record);
        saved.fire(new RecordSaved(record, record, true));
        return record;
    }

    /** Checks edited details and copies them onto the stored record, then lets follow-up work run. */
    private <T extends LogbookRecord> T apply(T record, T details, long ownerId, OptionalLong expectedVersion) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != record.getVersion()) {
            throw new StaleVersionException("Record", record.getId());
        }
        details.normalize();
        validation.check(details);
        details.setExtraFields(extraFields.checked(ownerId, details.recordType(), details.getExtraFields()));
        record.copyDetailsFrom(details);
        record.changedBy(currentUser.get().getUsername());
        records.flush();
        saved.fire(new RecordSaved(record, details, false));
        return record;
    }

    /** What validation needs to know about the vehicle for {@code record} (an update excludes itself). */
    private RecordContext contextFor(Vehicle vehicle, LogbookRecord record, Long excludedId) {
        Optional<RecordContext.EarlierReading> earlier = highestEarlierReading(vehicle, record, excludedId);
        // The average costs a statement: only for a reading above the earlier one, the only kind it judges.
        boolean higher = record instanceof VehicleUseRecord use && use.getOdometer() != null && earlier.isPresent()
                && use.getOdometer().compareTo(earlier.get().odometer()) > 0;
        Optional<BigDecimal> average = !higher ? Optional.empty() : earlier.flatMap(last -> records
                .firstReadingSince(vehicle.getId(), last.date().minusDays(OdometerPlausibility.AVERAGE_WINDOW_DAYS),
                        record.getDate(), excludedId)
                .flatMap(first -> OdometerPlausibility.dailyAverage(first, last)));
        return new RecordContext(vehicle.fuels(), earlier,
                Optional.of(new RecordContext.DailyDistance(vehicle.getOdometerUnit(), average)));
    }

    private Optional<RecordContext.EarlierReading> highestEarlierReading(Vehicle vehicle, LogbookRecord record,
                                                                        Long excludedId) {
        return record.getDate() == null ? Optional.empty()
                : records.highestReadingBefore(vehicle.getId(), record.getDate(), excludedId);
    }

    private static boolean sameReading(BigDecimal stored, BigDecimal edited) {
        return stored == null ? edited == null : edited != null && stored.compareTo(edited) == 0;
    }

    /** Moves the record to the trash, from where it can be restored for 30 days. */
    public <T extends LogbookRecord> void delete(Class<T> type, long vehicleId, long recordId) {
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        records.find(type, vehicleId, recordId).orElseThrow(() -> new RecordNotFoundException(recordId))
                .moveToTrash(currentUser.get().getUsername());
        records.flush();
    }
}
