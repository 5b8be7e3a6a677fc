package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordContext.EarlierReading;
import com.motovaultpro.logbook.RecordImport;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.web.ProblemDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    AppSettings settings;

    /** The largest file an import takes. */
    public long maxBytes() {
        return settings.importMaxBytes();
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
        Path spooled = spool(file);
        try {
            return importSpooled(vehicleId, type, target, spooled, mode, dryRun,
                    new LocalizedValues(locale.orElseGet(this::defaultLocale)), skipExisting);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete the import's temporary file " + spooled + ": " + e);
            }
        }
    }

    private ImportReport importSpooled(long vehicleId, ImportableType type, RecordImport target, Path spooled, Mode mode,
                                       boolean dryRun, LocalizedValues values, boolean skipExisting) {
        RecordLayout<?> layout = type.layout();
        // How many times the vehicle has each record: a file's row is "already there" only as often
        // as the vehicle has it (two same-day tolls in a file, one of them stored: one is new).
        Map<String, Integer> existing = new HashMap<>();
        logbook.forEach(layout.type(), vehicleId, r -> existing.merge(layout.fingerprintOf(r), 1, Integer::sum));

        FirstPass first = new FirstPass(layout, values, target, existing, skipExisting);
        read(spooled, layout, first);
        settleOdometerOrder(first, target);

        boolean store = !dryRun && (mode == Mode.VALID || (first.errors.isEmpty() && first.odometerRefused == 0));
        SecondPass second = new SecondPass(layout, values, target, first, store);
        if (store) {
            // An all-or-nothing import keeps what it added only if the second look refused nothing either.
            transaction.run(() -> {
                read(spooled, layout, second);
                return mode == Mode.VALID || second.errors.isEmpty();
            });
        } else {
            read(spooled, layout, second);
        }
        RowErrors errors = first.errors.with(second.errors);
        boolean stored = store && (mode == Mode.VALID || errors.isEmpty());
        int storedRows = stored ? second.valid : 0;
        if (storedRows > 0) {
            LOG.info(() -> "Imported " + storedRows + " " + type.segment() + " record(s) into vehicle " + vehicleId);
        }
        List<String> columns = new ArrayList<>(layout.columns().stream().map(Column::header).toList());
        first.header.extraFields().keySet().forEach(name -> columns.add(Column.EXTRA_FIELD_PREFIX + name));
        return new ImportReport(type.segment(), !stored, mode.name().toLowerCase(Locale.ROOT), first.rows, second.valid,
                storedRows, errors.first(), List.copyOf(first.alreadyPresent), skipExisting ? first.present : 0,
                first.header.ignored(), columns, second.preview);
    }

    /** The upload in a temporary file, read up to the caller's limit ({@link LimitedInput}). */
    private static Path spool(InputStream file) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("motovault-import-", ".csv");
            Files.copy(file, spooled, StandardCopyOption.REPLACE_EXISTING);
            return spooled;
        } catch (IOException | RuntimeException e) {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned with the container
                }
            }
            if (e instanceof IOException io) {
                throw new CsvFileException(0, "the upload could not be read: " + io.getMessage());
            }
            throw (RuntimeException) e;
        }
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
    private static void settleOdometerOrder(FirstPass first, RecordImport target) {
        first.candidates.sort(Comparator.comparingLong(Candidate::epochDay).thenComparingLong(Candidate::line));
        EarlierReadings readings = new EarlierReadings(target.readings());
        for (Candidate candidate : first.candidates) {
            LocalDate date = LocalDate.ofEpochDay(candidate.epochDay());
            Optional<EarlierReading> earlier = readings.before(date);
            if (candidate.odometer() != null && earlier.isPresent()
                    && candidate.odometer().compareTo(earlier.get().odometer()) < 0) {
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
        final RowErrors errors = new RowErrors(ImportReport.MAX_ERRORS);
        CsvHeader header = CsvHeader.of(List.of());
        int rows;

        Pass(RecordLayout<?> layout, LocalizedValues values, RecordImport target) {
            this.layout = layout;
            this.values = values;
            this.target = target;
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

        FirstPass(RecordLayout<?> layout, LocalizedValues values, RecordImport target, Map<String, Integer> existing,
                  boolean skipExisting) {
            super(layout, values, target);
            this.existing = existing;
            this.skipExisting = skipExisting;
        }

        @Override
        void row(int ordinal, long line, CsvRow row) {
            if (ordinal == state.length) {
                state = Arrays.copyOf(state, state.length * 2);
            }
            state[ordinal] = RowState.REFUSED;
            LogbookRecord record = layout.read(row);
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
        final List<ImportReport.PreviewRow> preview = new ArrayList<>();
        int valid;

        SecondPass(RecordLayout<?> layout, LocalizedValues values, RecordImport target, FirstPass first, boolean store) {
            super(layout, values, target);
            this.first = first;
            this.store = store;
        }

        @Override
        void row(int ordinal, long line, CsvRow row) {
            RowState state = first.state[ordinal];
            if (state != RowState.ACCEPTED && state != RowState.ODOMETER_REFUSED) {
                return;
            }
            LogbookRecord record = layout.read(row);
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
