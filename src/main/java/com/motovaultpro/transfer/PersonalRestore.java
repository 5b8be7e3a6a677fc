package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.document.Document;
import com.motovaultpro.document.DocumentException;
import com.motovaultpro.document.DocumentService;
import com.motovaultpro.extrafield.ExtraField;
import com.motovaultpro.extrafield.ExtraFieldType;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.note.NoteRecord;
import com.motovaultpro.plan.PlanCompletion;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.reminder.Reminder;
import com.motovaultpro.reminder.ReminderService;
import com.motovaultpro.transfer.PersonalExportFormat.DocumentEntry;
import com.motovaultpro.transfer.PersonalExportFormat.ExtraFieldEntry;
import com.motovaultpro.transfer.PersonalExportFormat.FileEntry;
import com.motovaultpro.transfer.PersonalExportFormat.Manifest;
import com.motovaultpro.transfer.PersonalExportFormat.NoteEntry;
import com.motovaultpro.transfer.PersonalExportFormat.PlanLink;
import com.motovaultpro.transfer.PersonalExportFormat.ReminderEntry;
import com.motovaultpro.transfer.PersonalExportFormat.Settings;
import com.motovaultpro.transfer.PersonalExportFormat.VehicleEntry;
import com.motovaultpro.transfer.RestoreRefused.Problem;
import com.motovaultpro.transfer.RestoreRefused.Refusal;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import com.motovaultpro.platform.personaldata.PersonalDataPart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Restores a personal export ({@link PersonalExport}) into the caller's account — on this server or
 * another: new vehicles (ids of this server; references inside the zip remapped), their records
 * (each checked like a create, from the CSVs), notes, reminders and documents, the extra-field
 * definitions the caller lacks, the settings, and the parts other features keep of a person
 * ({@link PersonalDataPart}: notification channels and preferences). First the whole zip is
 * checked against its manifest (every file's size and SHA-256, nothing missing, nothing more); then
 * everything is added in one transaction: one refusal and nothing stays (documents' stored files
 * included).
 */
@RequestScoped
public class PersonalRestore {

    private static final Logger LOG = Logger.getLogger(PersonalRestore.class.getName());
    private static final Pattern VEHICLE = Pattern.compile("vehicles/([1-9][0-9]{0,5})/vehicle\\.json");
    private static final int MAX_FILES = 100_000;
    /** A JSON file of the zip is read up to this (a manifest of 100,000 files is about 20 MB). */
    private static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    /** The files of a zip may unpack to at most this many times the upload limit (CSV packs about tenfold). */
    private static final int MAX_UNPACK_FACTOR = 4;

    @Inject
    AppSettings settings;

    @Inject
    ImportTransaction transaction;

    @Inject
    ExtraFields extraFields;

    @Inject
    AccountPreferences preferences;

    @Inject
    VehicleService vehicles;

    @Inject
    CsvImports imports;

    @Inject
    LogbookService logbook;

    @Inject
    ReminderService reminders;

    @Inject
    DocumentService documents;

    @Inject
    PlanCompletion plans;

    @Inject
    @Any
    Instance<PersonalDataPart<?>> parts;

    /** The largest zip a restore takes. */
    public long maxBytes() {
        return settings.restoreMaxBytes();
    }

    /**
     * @param upload the zip, read up to {@link #maxBytes()} ({@link LimitedInput.TooLarge} beyond: a 413)
     * @throws Refusal if the zip is not a personal export, is damaged, or a part of it is refused
     */
    public RestoreReport restore(InputStream upload, boolean dryRun) {
        try (SpooledUpload spooled = SpooledUpload.of(new LimitedInput(upload, maxBytes()), ".zip");
             ZipFile zip = new ZipFile(spooled.path().toFile(), StandardCharsets.UTF_8);
             Jsonb json = JsonbBuilder.create()) {
            Manifest manifest = checked(zip, json, maxBytes() * MAX_UNPACK_FACTOR);
            Restoring restoring = new Restoring(zip, json, manifest, dryRun);
            transaction.run(() -> {
                restoring.run();
                return !dryRun;
            });
            LOG.info(() -> (dryRun ? "Checked" : "Restored") + " a personal export of " + manifest.username() + ": "
                    + restoring.vehicleIds.size() + " vehicle(s), " + restoring.recordCount + " record(s)");
            return new RestoreReport(dryRun, manifest.username(), String.valueOf(manifest.exportedAt()),
                    List.copyOf(restoring.vehicleIds), restoring.recordCount, restoring.noteCount,
                    restoring.reminderCount, restoring.documentCount, List.copyOf(restoring.fieldsCreated),
                    List.copyOf(restoring.partsRestored));
        } catch (ZipException e) {
            throw new Refusal("(the upload)", "not a zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new Refusal("(the upload)", "cannot be read: " + e.getMessage());
        } catch (Refusal | LimitedInput.TooLarge e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The manifest, once every file it lists is there with its size and checksum, and nothing else is. */
    private static Manifest checked(ZipFile zip, Jsonb json, long maxUnpacked) throws IOException {
        if (zip.size() > MAX_FILES + 1) {
            throw new Refusal("(the upload)", "more than " + MAX_FILES + " files");
        }
        ZipEntry manifestEntry = zip.getEntry("manifest.json");
        if (manifestEntry == null) {
            throw new Refusal("manifest.json", "missing: this is not a MotoVaultPro personal export");
        }
        Manifest manifest = read(zip, json, "manifest.json", Manifest.class);
        if (!PersonalExportFormat.FORMAT.equals(manifest.format()) || manifest.files() == null) {
            throw new Refusal("manifest.json", "this is not a MotoVaultPro personal export");
        }
        if (manifest.version() < PersonalExportFormat.OLDEST_READ || manifest.version() > PersonalExportFormat.VERSION) {
            throw new Refusal("manifest.json", "version " + manifest.version() + " of the export format; this server reads "
                    + PersonalExportFormat.OLDEST_READ + " to " + PersonalExportFormat.VERSION);
        }
        if (manifest.files().size() > MAX_FILES) {
            throw new Refusal("manifest.json", "more than " + MAX_FILES + " files");
        }
        // What the files unpack to is bounded before a byte of them is read: a zip bomb stops here.
        long declared = 0;
        for (FileEntry file : manifest.files()) {
            if (file == null || file.path() == null || file.sha256() == null || file.bytes() < 0) {
                throw new Refusal("manifest.json", "a file is listed without its path, size or SHA-256");
            }
            declared += file.bytes();
            if (declared > maxUnpacked) {
                throw new Refusal("manifest.json", "its files unpack to more than " + maxUnpacked + " bytes");
            }
            if (file.path().endsWith(".json") && file.bytes() > MAX_JSON_BYTES) {
                throw new Refusal(file.path(), "larger than " + MAX_JSON_BYTES + " bytes");
            }
        }
        Set<String> listed = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (FileEntry file : manifest.files()) {
            listed.add(file.path());
            ZipEntry entry = zip.getEntry(file.path());
            if (entry == null) {
                problems.add(new Problem(file.path(), 0, "listed in the manifest but not in the zip"));
                continue;
            }
            String[] sha256 = new String[1];
            long read = readBounded(zip, entry, file.bytes(), sha256);
            if (read != file.bytes() || !sha256[0].equalsIgnoreCase(file.sha256())) {
                problems.add(new Problem(file.path(), 0, "changed or damaged: its size or SHA-256 is not the manifest's"));
            }
        }
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory() && !entry.getName().equals("manifest.json") && !listed.contains(entry.getName())) {
                problems.add(new Problem(entry.getName(), 0, "not listed in the manifest"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems.size() + " file(s) of the zip do not match its manifest: nothing was restored",
                    problems);
        }
        return manifest;
    }

    /** Reads an entry through a SHA-256, at most {@code declared} + 1 bytes (a zip bomb stops there). */
    private static long readBounded(ZipFile zip, ZipEntry entry, long declared, String[] sha256) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long read = 0;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1 && read <= declared; n = in.read(buffer)) {
                read += n;
            }
        }
        sha256[0] = HexFormat.of().formatHex(digest.digest());
        return read;
    }

    /** A JSON file of the zip, at most {@link #MAX_JSON_BYTES}; {@code null}, or an array with a {@code null} in it, is refused. */
    private static <T> T read(ZipFile zip, Jsonb json, String path, Class<T> type) {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new Refusal(path, "missing");
        }
        T value;
        try (InputStream in = new LimitedInput(zip.getInputStream(entry), MAX_JSON_BYTES)) {
            value = json.fromJson(in, type);
        } catch (LimitedInput.TooLarge e) {
            throw new Refusal(path, "larger than " + MAX_JSON_BYTES + " bytes");
        } catch (IOException | JsonbException | DateTimeException | IllegalArgumentException e) {
            throw new Refusal(path, "cannot be read as JSON: " + e.getMessage());
        }
        if (value == null || (value instanceof Object[] items && Arrays.asList(items).contains(null))) {
            throw new Refusal(path, "holds an empty (null) value where one is needed");
        }
        return value;
    }

    /** One restore's work and counts, inside its transaction. */
    private final class Restoring {
        final ZipFile zip;
        final Jsonb json;
        final Manifest manifest;
        final boolean dryRun;
        final List<Long> vehicleIds = new ArrayList<>();
        final List<String> fieldsCreated = new ArrayList<>();
        final List<RestoreReport.PartRestored> partsRestored = new ArrayList<>();
        int recordCount;
        int noteCount;
        int reminderCount;
        int documentCount;

        Restoring(ZipFile zip, Jsonb json, Manifest manifest, boolean dryRun) {
            this.zip = zip;
            this.json = json;
            this.manifest = manifest;
            this.dryRun = dryRun;
        }

        void run() {
            restoreExtraFields();
            Settings saved = read(zip, json, "account/settings.json", Settings.class);
            try {
                if (saved.language() != null) {
                    preferences.saveLanguage(saved.language());
                }
                if (saved.display() != null) {
                    preferences.saveDisplay(saved.display());
                }
                if (saved.theme() != null) {
                    preferences.saveTheme(saved.theme());
                }
            } catch (InvalidFieldsException | IllegalArgumentException e) {
                throw new Refusal("account/settings.json", "not valid settings: " + e.getMessage());
            }
            restoreShopSupplies();
            // A feature's part where the zip has it: an export of version 1, or made with a lesser key, may not.
            Set<String> listed = new HashSet<>();
            manifest.files().forEach(file -> listed.add(file.path()));
            for (PersonalDataPart<?> part : PersonalDataParts.sorted(parts)) {
                if (listed.contains(part.path())) {
                    restorePart(part);
                }
            }
            // Every vehicle the manifest lists, in its order: none is left out for a gap in the numbering.
            manifest.files().stream().map(FileEntry::path).map(VEHICLE::matcher).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted()
                    .forEach(n -> restoreVehicle("vehicles/" + n + "/"));
        }

        <T> void restorePart(PersonalDataPart<T> part) {
            T saved = read(zip, json, part.path(), part.type());
            try {
                partsRestored.add(new RestoreReport.PartRestored(part.name(), part.restore(saved)));
            } catch (PersonalDataPart.Refused e) {
                throw new Refusal(part.path(), e.getMessage());
            }
        }

        void restoreExtraFields() {
            List<ExtraFieldEntry> entries = List.of(read(zip, json, "account/extra-fields.json", ExtraFieldEntry[].class));
            Set<String> mine = new HashSet<>();
            // Names compare as the extra fields themselves compare them: trimmed and in any case.
            extraFields.mine().forEach(f -> mine.add(fieldKey(f.getRecordType(), f.getName())));
            for (ExtraFieldEntry entry : entries) {
                if (mine.add(fieldKey(entry.recordType(), entry.name()))) {
                    ExtraField field = new ExtraField();
                    field.setRecordType(entry.recordType());
                    field.setName(entry.name());
                    field.setRequired(entry.required());
                    field.setPosition(entry.position());
                    try {
                        field.setType(ExtraFieldType.valueOf(entry.type()));
                        extraFields.create(field);
                    } catch (IllegalArgumentException | NullPointerException | InvalidFieldsException
                             | ConstraintViolationException e) {
                        throw new Refusal("account/extra-fields.json", "the field '" + entry.name() + "' of "
                                + entry.recordType() + " cannot be created: " + e.getMessage());
                    }
                    fieldsCreated.add(entry.recordType() + ": " + entry.name());
                }
            }
        }

        /** {@code account/supplies.csv}: each row a shop supply of the caller, checked like one entered by hand. */
        void restoreShopSupplies() {
            String file = "account/supplies.csv";
            ZipEntry entry = zip.getEntry(file);
            if (entry == null) {
                return;
            }
            RecordLayout<?> layout = ImportableType.SUPPLY.layout();
            LocalizedValues values = new LocalizedValues(Locale.US);
            try (InputStream in = zip.getInputStream(entry)) {
                CsvFileReader.read(in, new CsvFileReader.Handler() {
                    private CsvHeader header = CsvHeader.of(List.of());

                    @Override
                    public void header(List<String> names) {
                        header = CsvHeader.of(names);
                    }

                    @Override
                    public void row(long line, List<String> cells) {
                        CsvRow row = new CsvRow(line, cells, header, values);
                        LogbookRecord supply = layout.read(row);
                        if (!row.errors().isEmpty()) {
                            throw new Refusal("A shop supply cannot be read: nothing was restored", row.errors().stream()
                                    .map(e -> new Problem(file, e.line(), e.column() + ": " + e.message())).toList());
                        }
                        try {
                            logbook.shopCreate(supply);
                        } catch (InvalidFieldsException | ConstraintViolationException e) {
                            throw new Refusal("A shop supply is refused: nothing was restored",
                                    List.of(new Problem(file, line, e.getMessage())));
                        }
                        recordCount++;
                    }
                });
            } catch (IOException e) {
                throw new Refusal(file, "cannot be read: " + e.getMessage());
            } catch (CsvFileException e) {
                throw new Refusal(file, e.getMessage());
            }
        }

        /** {@code plan-links.json}: each done plan linked to the record it became again. */
        void restorePlanLinks(String folder, long vehicleId, Map<String, Long> recordIds) {
            String file = folder + "plan-links.json";
            if (zip.getEntry(file) == null) {
                return;
            }
            for (PlanLink link : read(zip, json, file, PlanLink[].class)) {
                Long plan = recordIds.get(ImportableType.PLAN.segment() + "#" + link.planRow());
                Long record = recordIds.get(link.recordType() + "#" + link.recordRow());
                if (plan == null || record == null) {
                    throw new Refusal(file, "names row " + link.planRow() + " of plan.csv or row " + link.recordRow()
                            + " of " + link.recordType() + ", which the export does not have");
                }
                plans.restoreLink(vehicleId, plan, record);
            }
        }

        void restoreVehicle(String folder) {
            VehicleEntry entry = read(zip, json, folder + "vehicle.json", VehicleEntry.class);
            long vehicleId;
            Vehicle created;
            try {
                created = vehicles.create(vehicleOf(entry));
                vehicleId = created.getId();
            } catch (InvalidFieldsException | ConstraintViolationException | IllegalArgumentException e) {
                throw new Refusal(folder + "vehicle.json", "not a valid vehicle: " + e.getMessage());
            }
            // A sold vehicle's records are read-only: open while its own history comes back, read-only after.
            created.reopenRecords("restore", Instant.now());
            vehicleIds.add(vehicleId);
            Map<String, Long> recordIds = new HashMap<>();
            for (ImportableType type : ImportableType.values()) {
                String file = folder + type.segment() + ".csv";
                ZipEntry csv = zip.getEntry(file);
                if (csv == null) {
                    continue;
                }
                ImportReport report;
                try (InputStream in = zip.getInputStream(csv)) {
                    report = imports.restoreFile(vehicleId, type, in,
                            (row, id) -> recordIds.put(type.segment() + "#" + row, id));
                } catch (IOException e) {
                    throw new Refusal(file, "cannot be read: " + e.getMessage());
                } catch (CsvFileException e) {
                    throw new Refusal(file, e.getMessage());
                }
                if (report.dryRun()) {
                    throw new Refusal(report.errors().size() + " row problem(s) in " + file + ": nothing was restored",
                            report.errors().stream().map(e -> new Problem(file, e.line(),
                                    (e.column().isEmpty() ? "" : e.column() + ": ") + e.message())).toList());
                }
                recordCount += report.stored();
            }
            restorePlanLinks(folder, vehicleId, recordIds);
            List<NoteEntry> noteEntries = List.of(read(zip, json, folder + "notes.json", NoteEntry[].class));
            for (int i = 0; i < noteEntries.size(); i++) {
                NoteEntry noteEntry = noteEntries.get(i);
                NoteRecord note = new NoteRecord();
                note.setDate(noteEntry.date());
                note.setTitle(noteEntry.title());
                note.setNotes(noteEntry.text());
                note.setTags(noteEntry.tags() == null ? List.of() : noteEntry.tags());
                note.setPinned(noteEntry.pinned());
                recordIds.put("note#" + (i + 1), created(folder + "notes.json", () -> logbook.create(vehicleId, note))
                        .getId());
                noteCount++;
            }
            List<ReminderEntry> reminderEntries = List.of(read(zip, json, folder + "reminders.json", ReminderEntry[].class));
            for (ReminderEntry reminder : reminderEntries) {
                created(folder + "reminders.json", () -> reminders.restore(vehicleId, reminderOf(reminder),
                        Optional.ofNullable(reminder.completedOn())));
                reminderCount++;
            }
            List<DocumentEntry> documentEntries = List.of(read(zip, json, folder + "documents.json",
                    DocumentEntry[].class));
            for (DocumentEntry document : documentEntries) {
                restoreDocument(folder, vehicleId, document, recordIds);
            }
            created.closeRecords();
        }

        void restoreDocument(String folder, long vehicleId, DocumentEntry entry, Map<String, Long> recordIds) {
            Long recordId = null;
            if (entry.recordType() != null) {
                recordId = recordIds.get(entry.recordType() + "#" + entry.recordRow());
                if (recordId == null) {
                    throw new Refusal(folder + "documents.json", "'" + entry.originalName() + "' belongs to row "
                            + entry.recordRow() + " of " + entry.recordType() + ", which the export does not have");
                }
            }
            ZipEntry file = entry.file() == null ? null : zip.getEntry(entry.file());
            if (file == null) {
                throw new Refusal(folder + "documents.json", "the file of '" + entry.originalName() + "' is missing");
            }
            documentCount++;
            if (entry.vehiclePhoto() && recordId != null) {
                throw new Refusal(folder + "documents.json", "'" + entry.originalName() + "' is the vehicle's photo and a"
                        + " record's document at once");
            }
            if (file.getSize() > settings.documents().maxBytes()) {
                throw new Refusal(entry.file(), "larger than this server's documents may be ("
                        + settings.documents().maxBytes() + " bytes)");
            }
            if (dryRun) {
                return; // its bytes were checked against the manifest; a dry run stores nothing
            }
            Long attachTo = recordId;
            Document stored = created(entry.file(), () -> {
                try (InputStream in = zip.getInputStream(file)) {
                    return documents.upload(vehicleId, attachTo, entry.vehiclePhoto(),
                            entry.originalName(), in);
                } catch (IOException e) {
                    throw new Refusal(entry.file(), "cannot be read: " + e.getMessage());
                } catch (DocumentException e) {
                    throw new Refusal(entry.file(), "cannot be stored: " + e.getMessage());
                }
            });
            if (entry.sha256() != null && !entry.sha256().equalsIgnoreCase(stored.getSha256())) {
                throw new Refusal(entry.file(), "its SHA-256 is not the one the document had when exported");
            }
        }

        /** Runs a create; its refusal names the file. */
        private <T> T created(String file, Supplier<T> create) {
            try {
                return create.get();
            } catch (InvalidFieldsException e) {
                throw new Refusal(file, "refused: " + e.getMessage());
            } catch (ConstraintViolationException e) {
                throw new Refusal(file, "refused: " + e.getMessage());
            }
        }
    }

    private static String fieldKey(String recordType, String name) {
        return recordType + "|" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static Vehicle vehicleOf(VehicleEntry e) {
        Vehicle v = new Vehicle();
        v.setYear(e.year());
        v.setMake(e.make());
        v.setModel(e.model());
        v.setTrim(e.trim());
        v.setLicensePlate(e.licensePlate());
        v.setVin(e.vin());
        v.setPurchaseDate(e.purchaseDate());
        v.setPurchasePrice(e.purchasePrice());
        v.setSoldDate(e.soldDate());
        v.setSoldPrice(e.soldPrice());
        v.setCurrentValue(e.currentValue());
        v.setFuelType(e.fuelType() == null ? null : FuelType.valueOf(e.fuelType()));
        v.setSecondaryFuelType(e.secondaryFuelType() == null ? null : FuelType.valueOf(e.secondaryFuelType()));
        v.setOdometerUnit(e.odometerUnit() == null ? null : DistanceUnit.valueOf(e.odometerUnit()));
        v.setFuelVolumeUnit(e.fuelVolumeUnit() == null ? null : VolumeUnit.valueOf(e.fuelVolumeUnit()));
        v.setOdometerMultiplier(e.odometerMultiplier());
        v.setOdometerOffset(e.odometerOffset());
        v.setNotes(e.notes());
        return v;
    }

    private static Reminder reminderOf(ReminderEntry e) {
        Reminder r = new Reminder();
        r.setDescription(e.description());
        r.setNotes(e.notes());
        r.setDueDate(e.dueDate());
        r.setDueOdometer(e.dueOdometer());
        r.setIntervalMonths(e.intervalMonths());
        r.setIntervalDays(e.intervalDays());
        r.setIntervalDistance(e.intervalDistance());
        r.setFixedIntervals(e.fixedIntervals());
        r.setUrgentDays(e.urgentDays());
        r.setVeryUrgentDays(e.veryUrgentDays());
        r.setUrgentDistance(e.urgentDistance());
        r.setVeryUrgentDistance(e.veryUrgentDistance());
        return r;
    }
}
