package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.extrafield.ExtraField;
import com.motovaultpro.extrafield.ExtraFieldRules;
import com.motovaultpro.extrafield.ExtraFieldType;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.fuel.FillUp;
import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordContext.EarlierReading;
import com.motovaultpro.logbook.RecordImport;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleRole;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Imports a CSV file into a vehicle's logbook. The caller's right to edit the vehicle's records is
 * checked before a byte is read; the upload is then kept in a temporary file (deleted when the
 * request ends) and read twice, one row at a time, so memory does not grow with the file:
 * <ol>
 * <li>every row is read (LubeLogger's layout, aliases, the person's or the chosen locale), compared
 * with the vehicle's records (the same file imported twice) and checked like a create — all but the
 * odometer order, which depends on the other rows;</li>
 * <li>the odometer order is settled in memory, rows visited in date order: a row's reading may not
 * be below the highest reading of an earlier day, stored or accepted before it
 * ({@link EarlierReadings}) — what a create asks the database, for all rows in one pass;</li>
 * <li>every row is read again, checked exactly like a create with the earlier reading found for it,
 * and, unless this is a dry run or an all-or-nothing import with a refused row, stored — all in one
 * transaction ({@link ImportTransaction}). Nothing is ever half-imported.</li>
 * </ol>
 */
@RequestScoped
public class CsvImports {

    private static final Logger LOG = Logger.getLogger(CsvImports.class.getName());

    /** All-or-nothing (the default), or the valid rows only. */
    public enum Mode { ALL, VALID }

    @Inject
    ImportTransaction transaction;

    @Inject
    LogbookService logbook;

    @Inject
    AccountPreferences preferences;

    @Inject
    EconomyService economy;

    @Inject
    VehicleService vehicles;

    @Inject
    ExtraFields extraFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<ImportFinished> finished;

    @Inject
    AppSettings settings;

    /** The largest file an import takes. */
    public long maxBytes() {
        return settings.importMaxBytes();
    }

    /**
     * Creates the extra fields a file names ({@code extrafield_<Name>}) that the vehicle's owner does
     * not have for the record type yet, as optional text fields: what the import page offers when a
     * file's extra fields are unknown. Only the owner defines them (403 for others, as for a create).
     */
    public List<String> createExtraFields(long vehicleId, ImportableType type, List<String> names) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.MANAGE);
        if (!mayDefineExtraFields(vehicle)) {
            // extra fields are the owner's own definitions: a manager may not change them
            throw new VehicleAccessDeniedException(vehicleId, VehicleRole.MANAGER, Permission.MANAGE);
        }
        String recordType = LogbookRecord.recordTypeOf(type.layout().type());
        Set<String> existing = new HashSet<>(extraFields.definitions(vehicle.getOwnerId(), recordType).stream()
                .map(ExtraFieldRules.Definition::name).toList());
        List<String> created = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            if (existing.add(name)) {
                ExtraField field = new ExtraField();
                field.setRecordType(recordType);
                field.setName(name);
                field.setType(ExtraFieldType.TEXT);
                extraFields.create(field);
                created.add(name);
            }
        }
        return created;
    }

    /** Whether the caller defines the extra fields of the vehicle's records (its owner does). */
    public boolean mayDefineExtraFields(Vehicle vehicle) {
        return vehicle.getOwnerId() != null && vehicle.getOwnerId() == currentUser.id();
    }

    /** The locale dates and numbers are read in when the caller names none: their own format locale. */
    public Locale defaultLocale() {
        return preferences.display().formatLocale();
    }

    /**
     * @param skipExisting leave out rows the vehicle already has (the same file imported twice);
     *                     either way they are listed as already present
     */
    public ImportReport importFile(long vehicleId, ImportableType type, InputStream file, Mode mode, boolean dryRun,
                                   Optional<Locale> locale, boolean skipExisting) {
        RecordImport target = logbook.startImport(vehicleId, type.layout().type());
        return importFile(vehicleId, type, target, file, mode, dryRun,
                new LocalizedValues(locale.orElseGet(this::defaultLocale)), skipExisting, false, (row, id) -> { });
    }

    /** Tells which record each stored row became. */
    @FunctionalInterface
    public interface StoredRows {
        /** @param row the row's place among the file's rows, from 1 (the header not counted) */
        void stored(int row, long recordId);
    }

    /**
     * A personal export's CSV file (ISO dates, en-US numbers) into a vehicle being restored, all or
     * nothing, telling {@code stored} which record each row became. Its rows were saved before, so an
     * odometer reading below an earlier one counts as confirmed, as it was then; every other check
     * of a create applies.
     */
    public ImportReport restoreFile(long vehicleId, ImportableType type, InputStream file, StoredRows stored) {
        RecordImport target = logbook.startImport(vehicleId, type.layout().type());
        return importFile(vehicleId, type, target, file, Mode.ALL, false, new LocalizedValues(Locale.US), false, true,
                stored);
    }

    private ImportReport importFile(long vehicleId, ImportableType type, RecordImport target, InputStream file, Mode mode,
                                    boolean dryRun, LocalizedValues values, boolean skipExisting, boolean lowerConfirmed,
                                    StoredRows stored) {
        try (SpooledUpload spooled = SpooledUpload.of(file, ".csv")) {
            return importSpooled(vehicleId, type, target, spooled.path(), mode, dryRun, values, skipExisting,
                    lowerConfirmed, stored);
        } catch (IOException e) {
            throw new CsvFileException(0, "the upload could not be read: " + e.getMessage());
        }
    }

    private ImportReport importSpooled(long vehicleId, ImportableType type, RecordImport target, Path spooled, Mode mode,
                                       boolean dryRun, LocalizedValues values, boolean skipExisting, boolean lowerConfirmed,
                                       StoredRows rowsStored) {
        RecordLayout<?> layout = type.layout();
        // How many times the vehicle has each record: a file's row is "already there" only as often
        // as the vehicle has it (two same-day tolls in a file, one of them stored: one is new).
        Map<String, Integer> existing = new HashMap<>();
        logbook.forEach(layout.type(), vehicleId, r -> existing.merge(layout.fingerprintOf(r), 1, Integer::sum));

        FirstPass first = new FirstPass(layout, values, target, lowerConfirmed, existing, skipExisting);
        read(spooled, layout, first);
        settleOdometerOrder(first, target, lowerConfirmed);

        boolean store = !dryRun && (mode == Mode.VALID || (first.errors.isEmpty() && first.odometerRefused == 0));
        SecondPass second = new SecondPass(layout, values, target, lowerConfirmed, first, store, rowsStored);
        if (store) {
            // An all-or-nothing import keeps what it added only if the second look refused nothing either.
            transaction.run(() -> {
                read(spooled, layout, second);
                boolean keep = mode == Mode.VALID || second.errors.isEmpty();
                if (keep && !lowerConfirmed && second.valid > 0) {
                    finished.fire(new ImportFinished(vehicleId, type.segment(), second.valid,
                            (int) first.errors.with(second.errors).count()));
                }
                return keep;
            });
        } else {
            read(spooled, layout, second);
        }
        RowErrors errors = first.errors.with(second.errors);
        boolean stored = store && (mode == Mode.VALID || errors.isEmpty());
        List<RowError> warnings = economyWarnings(vehicleId, second.fileEconomy);
        int storedRows = stored ? second.valid : 0;
        if (storedRows > 0) {
            LOG.info(() -> "Imported " + storedRows + " " + type.segment() + " record(s) into vehicle " + vehicleId);
        }
        List<String> columns = new ArrayList<>(layout.columns().stream().map(Column::header).toList());
        first.header.extraFields().keySet().forEach(name -> columns.add(Column.EXTRA_FIELD_PREFIX + name));
        Set<String> defined = target.extraFieldNames();
        List<String> missingExtraFields = first.header.extraFields().keySet().stream()
                .filter(name -> !defined.contains(name)).toList();
        return new ImportReport(type.segment(), !stored, mode.name().toLowerCase(Locale.ROOT), first.rows, second.valid,
                storedRows, errors.first(), List.copyOf(first.alreadyPresent), skipExisting ? first.present : 0,
                first.header.ignored(), columns, second.preview, warnings, missingExtraFields);
    }

    /**
     * In a preview: rows whose {@code FuelEconomy} (LubeLogger's own calculation) disagrees with
     * what our rules give them among the vehicle's fill-ups and the file's valid ones.
     */
    private List<RowError> economyWarnings(long vehicleId, List<FileEconomy> rows) {
        if (rows.stream().noneMatch(row -> row.inFile().signum() > 0)) {
            return List.of(); // no file figure to compare (LubeLogger writes 0 where it has none)
        }
        Map<Long, EconomyService.Figures> ours = economy.economyWith(vehicleId,
                rows.stream().map(FileEconomy::fillUp).toList());
        RowErrors warnings = new RowErrors(ImportReport.MAX_ERRORS);
        for (FileEconomy row : rows) {
            EconomyDisagreement.of(row.inFile(), Optional.ofNullable(ours.get(row.fillUp().id())))
                    .ifPresent(message -> warnings.add(new RowError(row.line(), row.column(), message)));
        }
        return warnings.first();
    }

    /** A valid fill-up row of a previewed file with a {@code FuelEconomy} column: what the file says (0: none), and the fill-up (id: minus its line). */
    private record FileEconomy(long line, String column, BigDecimal inFile, FillUp fillUp) {
    }

    private static void read(Path spooled, RecordLayout<?> layout, CsvFileReader.Handler rows) {
        try (InputStream in = Files.newInputStream(spooled)) {
            if (layout instanceof FuelLayout) {
                FuelioBackup fuelio = new FuelioBackup(rows);
                CsvFileReader.read(in, fuelio);
                if (fuelio.withoutLog()) {
                    throw new CsvFileException(0, "this Fuelio backup has no fill-up log (## Log)");
                }
            } else {
                CsvFileReader.read(in, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Visits the rows that passed the first look in date order (then line order) and refuses those
     * whose reading is below the highest one of an earlier day; the others' readings count from
     * then on. What a create's check ({@code OdometerNotBelowEarlier}, and an odometer record's
     * start taken from the earlier reading) decides, for every row at once.
     */
    private static void settleOdometerOrder(FirstPass first, RecordImport target, boolean lowerConfirmed) {
        first.candidates.sort(Comparator.comparingLong(Candidate::epochDay).thenComparingLong(Candidate::line));
        EarlierReadings readings = new EarlierReadings(target.readings());
        for (Candidate candidate : first.candidates) {
            LocalDate date = LocalDate.ofEpochDay(candidate.epochDay());
            Optional<EarlierReading> earlier = readings.before(date);
            boolean lower = candidate.odometer() != null && earlier.isPresent()
                    && candidate.odometer().compareTo(earlier.get().odometer()) < 0;
            if (lower && lowerConfirmed) {
                // confirmed as it was when saved: accepted, and no start taken from the higher reading
                first.state[candidate.ordinal()] = RowState.ACCEPTED;
                readings.accepted(new EarlierReading(candidate.odometer(), date));
                continue;
            }
            if (lower) {
                first.state[candidate.ordinal()] = RowState.ODOMETER_REFUSED;
                first.odometerRefused++;
            } else {
                first.state[candidate.ordinal()] = RowState.ACCEPTED;
                if (candidate.odometer() != null) {
                    readings.accepted(new EarlierReading(candidate.odometer(), date));
                }
            }
            first.earlier.set(candidate.ordinal(), earlier);
        }
        first.candidates.clear();
    }

    /** What the first look found of a row, by its place among the file's rows. */
    private enum RowState { REFUSED, SKIPPED, ACCEPTED, ODOMETER_REFUSED }

    /** A row that passed the first look: what the odometer order needs of it. */
    private record Candidate(int ordinal, long line, long epochDay, BigDecimal odometer) {
    }

    /** Reads rows as records, with the header the file gave. */
    private abstract static class Pass implements CsvFileReader.Handler {
        final RecordLayout<?> layout;
        final LocalizedValues values;
        final RecordImport target;
        final boolean lowerConfirmed;
        final RowErrors errors = new RowErrors(ImportReport.MAX_ERRORS);
        CsvHeader header = CsvHeader.of(List.of());
        int rows;

        Pass(RecordLayout<?> layout, LocalizedValues values, RecordImport target, boolean lowerConfirmed) {
            this.layout = layout;
            this.values = values;
            this.target = target;
            this.lowerConfirmed = lowerConfirmed;
        }

        /** The row as a record (its problems go to the row). */
        LogbookRecord read(CsvRow row) {
            LogbookRecord record = layout.read(row);
            if (lowerConfirmed && record instanceof VehicleUseRecord use) {
                use.setLowerOdometerConfirmed(true);
            }
            return record;
        }

        @Override
        public void header(List<String> names) {
            header = CsvHeader.of(names);
        }

        @Override
        public void row(long line, List<String> cells) {
            int ordinal = rows++;
            row(ordinal, line, new CsvRow(line, cells, header, values));
        }

        abstract void row(int ordinal, long line, CsvRow row);

        void refuse(long line, List<ProblemDetail.FieldError> problems) {
            for (ProblemDetail.FieldError problem : problems) {
                errors.add(new RowError(line, columnName(problem.field()), problem.message()));
            }
        }

        /** The file's own header for a problem's field when it has that column, else ours. */
        private String columnName(String field) {
            Optional<String> ours = layout.columnOf(field);
            if (ours.isEmpty()) {
                return "";
            }
            Optional<Column> column = Column.named(ours.get());
            return column.flatMap(header::indexOf).map(header::nameAt).orElse(ours.get());
        }
    }

    /** Reads, compares with the vehicle's records, checks all but the odometer order. */
    private static final class FirstPass extends Pass {
        final Map<String, Integer> existing;
        final boolean skipExisting;
        final List<Candidate> candidates = new ArrayList<>();
        final List<Long> alreadyPresent = new ArrayList<>();
        RowState[] state = new RowState[1024];
        final ReadingColumn earlier = new ReadingColumn();
        int present;
        int odometerRefused;

        FirstPass(RecordLayout<?> layout, LocalizedValues values, RecordImport target, boolean lowerConfirmed,
                  Map<String, Integer> existing, boolean skipExisting) {
            super(layout, values, target, lowerConfirmed);
            this.existing = existing;
            this.skipExisting = skipExisting;
        }

        @Override
        void row(int ordinal, long line, CsvRow row) {
            if (ordinal == state.length) {
                state = Arrays.copyOf(state, state.length * 2);
            }
            state[ordinal] = RowState.REFUSED;
            LogbookRecord record = read(row);
            if (!row.errors().isEmpty()) {
                row.errors().forEach(errors::add);
                return;
            }
            String fingerprint = layout.fingerprintOf(record);
            if (existing.getOrDefault(fingerprint, 0) > 0) {
                existing.merge(fingerprint, -1, Integer::sum);
                present++;
                if (alreadyPresent.size() < ImportReport.MAX_ERRORS) {
                    alreadyPresent.add(line);
                }
                if (skipExisting) {
                    state[ordinal] = RowState.SKIPPED;
                    return;
                }
            }
            List<ProblemDetail.FieldError> problems = target.check(record, Optional.empty());
            if (!problems.isEmpty()) {
                refuse(line, problems);
                return;
            }
            BigDecimal odometer = record instanceof VehicleUseRecord use ? use.getOdometer() : null;
            candidates.add(new Candidate(ordinal, line, record.getDate().toEpochDay(), odometer));
        }
    }

    /** Reads the rows the first look let through again, checks them with their earlier reading, stores them. */
    private static final class SecondPass extends Pass {
        final FirstPass first;
        final boolean store;
        final StoredRows storedRows;
        final List<ImportReport.PreviewRow> preview = new ArrayList<>();
        final List<FileEconomy> fileEconomy = new ArrayList<>();
        int valid;

        SecondPass(RecordLayout<?> layout, LocalizedValues values, RecordImport target, boolean lowerConfirmed,
                   FirstPass first, boolean store, StoredRows storedRows) {
            super(layout, values, target, lowerConfirmed);
            this.first = first;
            this.store = store;
            this.storedRows = storedRows;
        }

        @Override
        void row(int ordinal, long line, CsvRow row) {
            RowState state = first.state[ordinal];
            if (state != RowState.ACCEPTED && state != RowState.ODOMETER_REFUSED) {
                return;
            }
            LogbookRecord record = read(row);
            List<ProblemDetail.FieldError> problems = target.check(record, first.earlier.get(ordinal));
            if (!problems.isEmpty()) {
                refuse(line, problems);
                return;
            }
            valid++;
            if (preview.size() < ImportReport.MAX_PREVIEW) {
                preview.add(new ImportReport.PreviewRow(line, written(record)));
            }
            if (store) {
                target.add(record);
                storedRows.stored(ordinal + 1, record.getId()); // ids come from the sequence at once
            } else if (record instanceof FuelRecord fillUp && header.indexOf(Column.FUEL_ECONOMY).isPresent()) {
                // A preview compares the file's own economy with ours (every valid fill-up counts for the others').
                BigDecimal inFile = row.text(Column.FUEL_ECONOMY).flatMap(values::number).orElse(BigDecimal.ZERO);
                fileEconomy.add(new FileEconomy(line, header.nameAt(header.indexOf(Column.FUEL_ECONOMY).get()), inFile,
                        new FillUp(-line, fillUp.getDate(), fillUp.getOdometer(), fillUp.getQuantity(), fillUp.isFullTank(),
                                fillUp.isMissedPrevious(), fillUp.getFuelType())));
            }
        }

        private List<String> written(LogbookRecord record) {
            List<String> written = new ArrayList<>(write(layout, record));
            header.extraFields().keySet().forEach(name -> written.add(record.getExtraFields().getOrDefault(name, "")));
            return written;
        }

        private static <T extends LogbookRecord> List<String> write(RecordLayout<T> layout, LogbookRecord record) {
            return layout.write(layout.type().cast(record), ExportValues.PLAIN);
        }
    }
}
