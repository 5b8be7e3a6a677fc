package com.motovaultpro.logbook;

import com.motovaultpro.extrafield.ExtraFieldRules;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.vehicle.FuelType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * An import into one vehicle, started by {@link LogbookService#startImport} once the caller's right
 * to edit its records was checked: what checking a record needs is read once (the vehicle's fuels,
 * the owner's extra fields of the record type, the vehicle's odometer readings), then each row is
 * checked exactly like a create with the earlier reading the importer found for it, and added.
 * Unlike a create, nothing follows an imported record: a done plan does not become a record again
 * (the file of that record type carries it), a fee is not renewed.
 */
public final class RecordImport {

    private static final int BATCH = 500;

    private final long vehicleId;
    private final String user;
    private final List<FuelType> fuels;
    private final List<ExtraFieldRules.Definition> extraFields;
    private final List<RecordContext.EarlierReading> readings;
    private final BeanValidation validation;
    private final LogbookRepository records;
    private final List<LogbookRecord> pending = new ArrayList<>();

    RecordImport(long vehicleId, String user, List<FuelType> fuels, List<ExtraFieldRules.Definition> extraFields,
                 List<RecordContext.EarlierReading> readings, BeanValidation validation, LogbookRepository records) {
        this.vehicleId = vehicleId;
        this.user = user;
        this.fuels = List.copyOf(fuels);
        this.extraFields = List.copyOf(extraFields);
        this.readings = readings;
        this.validation = validation;
        this.records = records;
    }

    /** The names of the owner's extra fields for the record type. */
    public Set<String> extraFieldNames() {
        Set<String> names = new LinkedHashSet<>();
        extraFields.forEach(field -> names.add(field.name()));
        return names;
    }

    /** The vehicle's odometer readings when the import started, oldest first. */
    public List<RecordContext.EarlierReading> readings() {
        return readings;
    }

    /**
     * What a create of {@code candidate} would refuse, were {@code earlier} the vehicle's highest
     * reading before its date; the candidate takes the defaults and canonical values a create gives.
     */
    public List<ProblemDetail.FieldError> check(LogbookRecord candidate, Optional<RecordContext.EarlierReading> earlier) {
        return RecordProblems.of(candidate, new RecordContext(fuels, earlier), "", true, validation,
                values -> ExtraFieldRules.check(extraFields, values));
    }

    /**
     * Stores a candidate {@link #check} passed; call within the import's transaction, which sends
     * the last ones when it commits. Inserts go out {@value #BATCH} at a time, in JDBC batches.
     */
    public void add(LogbookRecord checked) {
        checked.belongTo(vehicleId, user);
        records.persist(checked);
        pending.add(checked);
        if (pending.size() == BATCH) {
            records.flushAndRelease(pending);
            pending.clear();
        }
    }
}
