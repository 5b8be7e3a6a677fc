package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Imports a CSV file into a vehicle's logbook: checks the caller's rights before reading a byte,
 * reads the file row by row (LubeLogger's layout, aliases, the person's or the chosen locale),
 * then adds the rows in date order in one transaction, each checked exactly like a record created
 * by hand ({@link ImportTransaction}). A dry run and a refused all-or-nothing import store nothing.
 */
@RequestScoped
public class CsvImports {

    private static final Logger LOG = Logger.getLogger(CsvImports.class.getName());

    /** All-or-nothing (the default), or the valid rows only. */
    public enum Mode { ALL, VALID }

    @Inject
    VehicleService vehicles;

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
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        RecordLayout<?> layout = type.layout();
        ParsedFile parsed = parse(file, layout, new LocalizedValues(locale.orElseGet(this::defaultLocale)));
        // How many times the vehicle has each record: a file's row is "already there" only as often
        // as the vehicle has it (two same-day tolls in a file, one of them stored: one is new).
        Map<String, Integer> existing = new HashMap<>();
        VehicleRecords.all(logbook, layout.type(), vehicleId).forEach(r -> existing.merge(layout.fingerprintOf(r), 1, Integer::sum));
        List<Long> alreadyPresent = new ArrayList<>();
        List<Candidate> inDateOrder = parsed.candidates.stream()
                .filter(c -> {
                    String fingerprint = layout.fingerprintOf(c.record());
                    boolean present = existing.getOrDefault(fingerprint, 0) > 0;
                    if (present) {
                        existing.merge(fingerprint, -1, Integer::sum);
                        alreadyPresent.add(c.line());
                    }
                    return !(present && skipExisting);
                })
                .sorted(Comparator.comparing((Candidate c) -> c.record().getDate()).thenComparingLong(Candidate::line))
                .toList();
        boolean fileClean = parsed.errors.isEmpty();
        List<List<ProblemDetail.FieldError>> outcome = transaction.apply(vehicleId,
                inDateOrder.stream().map(Candidate::record).toList(),
                allPassed -> !dryRun && (mode == Mode.VALID || (fileClean && allPassed)));

        List<RowError> errors = new ArrayList<>(parsed.errors);
        List<ImportReport.PreviewRow> preview = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < inDateOrder.size(); i++) {
            Candidate candidate = inDateOrder.get(i);
            List<ProblemDetail.FieldError> problems = outcome.get(i);
            if (problems.isEmpty()) {
                valid++;
                if (preview.size() < ImportReport.MAX_PREVIEW) {
                    preview.add(new ImportReport.PreviewRow(candidate.line(), written(layout, candidate.record(), parsed)));
                }
            }
            for (ProblemDetail.FieldError problem : problems) {
                errors.add(new RowError(candidate.line(), columnName(layout, parsed.header, problem.field()), problem.message()));
            }
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        boolean stored = !dryRun && (mode == Mode.VALID || errors.isEmpty());
        int storedRows = stored ? valid : 0;
        if (storedRows > 0) {
            LOG.info(() -> "Imported " + storedRows + " " + type.segment() + " record(s) into vehicle " + vehicleId);
        }
        List<String> columns = new ArrayList<>(layout.columns().stream().map(Column::header).toList());
        parsed.header.extraFields().keySet().forEach(name -> columns.add(Column.EXTRA_FIELD_PREFIX + name));
        alreadyPresent.sort(Comparator.naturalOrder());
        return new ImportReport(type.segment(), !stored, mode.name().toLowerCase(Locale.ROOT), parsed.rows, valid,
                storedRows, List.copyOf(errors.subList(0, Math.min(errors.size(), ImportReport.MAX_ERRORS))),
                List.copyOf(alreadyPresent.subList(0, Math.min(alreadyPresent.size(), ImportReport.MAX_ERRORS))),
                skipExisting ? alreadyPresent.size() : 0, parsed.header.ignored(), columns, preview);
    }

    /** A row that could be read, with the line it starts on. */
    private record Candidate(long line, LogbookRecord record) {
    }

    /** What reading the file gave: its header, readable rows, refused rows. */
    private static final class ParsedFile {
        CsvHeader header = CsvHeader.of(List.of());
        final List<Candidate> candidates = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        int rows;
    }

    private static ParsedFile parse(InputStream file, RecordLayout<?> layout, LocalizedValues values) {
        ParsedFile parsed = new ParsedFile();
        CsvFileReader.Handler rows = new CsvFileReader.Handler() {
            @Override
            public void header(List<String> names) {
                parsed.header = CsvHeader.of(names);
            }

            @Override
            public void row(long line, List<String> values1) {
                parsed.rows++;
                CsvRow row = new CsvRow(line, values1, parsed.header, values);
                LogbookRecord record = layout.read(row);
                if (row.errors().isEmpty()) {
                    parsed.candidates.add(new Candidate(line, record));
                } else if (parsed.errors.size() < ImportReport.MAX_ERRORS) {
                    parsed.errors.addAll(row.errors()); // beyond that the report lists none: keep none
                }
            }
        };
        if (layout instanceof FuelLayout) {
            FuelioBackup fuelio = new FuelioBackup(rows);
            CsvFileReader.read(file, fuelio);
            if (fuelio.withoutLog()) {
                throw new CsvFileException(0, "this Fuelio backup has no fill-up log (## Log)");
            }
        } else {
            CsvFileReader.read(file, rows);
        }
        return parsed;
    }

    /** The file's own header for a problem's field when it has that column, else ours. */
    private static String columnName(RecordLayout<?> layout, CsvHeader header, String field) {
        Optional<String> ours = layout.columnOf(field);
        if (ours.isEmpty()) {
            return "";
        }
        Optional<Column> column = Column.named(ours.get());
        return column.flatMap(header::indexOf).map(header::nameAt).orElse(ours.get());
    }

    private static <T extends LogbookRecord> List<String> written(RecordLayout<T> layout, LogbookRecord record,
                                                                   ParsedFile parsed) {
        List<String> values = new ArrayList<>(layout.write(layout.type().cast(record), ExportValues.PLAIN));
        parsed.header.extraFields().keySet().forEach(name -> values.add(record.getExtraFields().getOrDefault(name, "")));
        return values;
    }
}
