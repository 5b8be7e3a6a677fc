package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountSnapshot;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.document.Document;
import com.motovaultpro.document.DocumentException;
import com.motovaultpro.document.DocumentService;
import com.motovaultpro.document.FileNames;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.note.NoteRecord;
import com.motovaultpro.plan.PlanRecord;
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
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import com.motovaultpro.platform.personaldata.PersonalDataPart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything a person owns as one zip, streamed as it is written (docs/import-export.md,
 * "Personal export"): their settings, extra-field definitions and shop supplies, and per vehicle
 * they own its details, every record type as a LubeLogger CSV (ISO dates, en-US numbers), which
 * record each done plan became, notes, reminders and documents with their files; the parts other
 * features keep of the person ({@link PersonalDataPart}, e.g. notification channels); last a
 * manifest with every file's size and SHA-256. Vehicles shared with the person are not theirs and
 * stay out; a part the caller's API key may not read is left out and named in the manifest.
 */
@RequestScoped
public class PersonalExport {

    private static final Logger LOG = Logger.getLogger(PersonalExport.class.getName());
    /** Numbers as en-US writes them (a dot for decimals), so the file reads back anywhere. */
    private static final Optional<Locale> CSV_LOCALE = Optional.of(Locale.US);

    @Inject
    CurrentUser currentUser;

    @Inject
    VehicleService vehicles;

    @Inject
    CsvExports csv;

    @Inject
    LogbookService logbook;

    @Inject
    ReminderService reminders;

    @Inject
    DocumentService documents;

    @Inject
    ExtraFields extraFields;

    @Inject
    @Any
    Instance<PersonalDataPart<?>> parts;

    Clock clock = Clock.systemUTC();

    /** The file name the download suggests, e.g. {@code motovaultpro-alice-2026-12-07.zip}. */
    public String fileName() {
        String safe = currentUser.snapshot().map(AccountSnapshot::username).orElse("export")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return "motovaultpro-" + safe + "-" + Instant.now(clock).toString().substring(0, 10) + ".zip";
    }

    public void write(OutputStream out) throws IOException {
        AccountSnapshot account = currentUser.snapshot().orElseThrow(() -> new IllegalStateException("not signed in"));
        List<Vehicle> owned = vehicles.garage(Permission.MANAGE).stream()
                .filter(v -> v.getOwnerId() != null && v.getOwnerId() == account.id())
                .toList();
        try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            Zip zip = new Zip(out, json);
            zip.json("account/settings.json", new Settings(account.locale(), account.display(), account.theme()));
            zip.json("account/extra-fields.json", extraFields.mine().stream().map(ExtraFieldEntry::of).toList());
            zip.entry("account/supplies.csv", entry -> csv.writeShopSupplies(CSV_LOCALE, entry, id -> { }));
            List<String> withheld = new ArrayList<>();
            for (PersonalDataPart<?> part : PersonalDataParts.sorted(parts)) {
                if (currentUser.keyScope().filter(scope -> !part.keyScope().admits(scope)).isPresent()) {
                    withheld.add(part.path());
                } else {
                    zip.json(part.path(), part.export());
                }
            }
            int n = 0;
            for (Vehicle vehicle : owned) {
                writeVehicle(zip, "vehicles/" + (++n) + "/", vehicle);
            }
            zip.json("manifest.json", new Manifest(PersonalExportFormat.FORMAT, PersonalExportFormat.VERSION,
                    Instant.now(clock), account.username(), owned.size(), List.copyOf(zip.files), withheld));
            zip.finish();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The personal export failed: " + e.getMessage(), e);
        }
    }

    private void writeVehicle(Zip zip, String folder, Vehicle vehicle) throws IOException {
        long id = vehicle.getId();
        zip.json(folder + "vehicle.json", VehicleEntry.of(vehicle));
        // Where each record went: its type and row, so that a document can name the record it belongs to.
        Map<Long, RecordRow> rows = new HashMap<>();
        for (ImportableType type : ImportableType.values()) {
            int[] row = {0};
            zip.entry(folder + type.segment() + ".csv",
                    out -> csv.writeComplete(id, type, CSV_LOCALE, out, recordId -> rows.put(recordId,
                            new RecordRow(type.segment(), ++row[0]))));
        }
        List<PlanLink> links = new ArrayList<>();
        logbook.forEach(PlanRecord.class, id, plan -> {
            RecordRow planRow = rows.get(plan.getId());
            RecordRow done = plan.getDoneRecordId() == null ? null : rows.get(plan.getDoneRecordId());
            if (planRow != null && done != null) {
                links.add(new PlanLink(planRow.row(), done.type(), done.row()));
            }
        });
        zip.json(folder + "plan-links.json", links);
        List<NoteEntry> notes = new ArrayList<>();
        logbook.forEach(NoteRecord.class, id, note -> {
            notes.add(NoteEntry.of(note));
            rows.put(note.getId(), new RecordRow("note", notes.size()));
        });
        zip.json(folder + "notes.json", notes);
        zip.json(folder + "reminders.json", reminders.all(id).stream().map(ReminderEntry::of).toList());
        List<DocumentEntry> entries = new ArrayList<>();
        for (Document document : documents.list(id, null)) {
            String file = folder + "documents/" + document.getId() + "-" + FileNames.sanitise(document.getOriginalName());
            InputStream stored;
            try {
                stored = documents.open(document);
            } catch (DocumentException e) {
                // One unreadable object must not cost the person the rest of their export.
                LOG.warning(() -> "Document " + document.getId() + " left out of a personal export: its file cannot be"
                        + " read (" + e.getMessage() + ")");
                continue;
            }
            String written = zip.entry(file, out -> {
                try (InputStream in = stored) {
                    in.transferTo(out);
                }
            });
            if (document.getSha256() != null && !document.getSha256().equals(written)) {
                LOG.warning(() -> "Document " + document.getId() + " read back with another checksum than stored ("
                        + written + " ≠ " + document.getSha256() + "); exported as read");
            }
            RecordRow record = document.getRecordId() == null ? null : rows.get(document.getRecordId());
            entries.add(DocumentEntry.of(document, file, record == null ? null : record.type(),
                    record == null ? null : record.row()));
        }
        zip.json(folder + "documents.json", entries);
    }

    /** Where a record went: its type's CSV (or "note": notes.json) and its row there, from 1. */
    private record RecordRow(String type, int row) {
    }

    /** Writes one entry's bytes. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The zip being written, with what each file held. */
    private static final class Zip {
        final ZipOutputStream out;
        final Jsonb json;
        final List<FileEntry> files = new ArrayList<>();

        Zip(OutputStream out, Jsonb json) {
            this.out = new ZipOutputStream(out, StandardCharsets.UTF_8);
            this.json = json;
        }

        void json(String path, Object value) throws IOException {
            entry(path, out -> out.write(json.toJson(value).getBytes(StandardCharsets.UTF_8)));
        }

        /** Writes an entry; answers its SHA-256 (hex). */
        String entry(String path, Content content) throws IOException {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out.putNextEntry(new ZipEntry(path));
            long[] bytes = {0};
            OutputStream counted = new FilterOutputStream(new DigestOutputStream(out, sha256)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    bytes[0] += len;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    bytes[0]++;
                }

                @Override
                public void close() {
                    // the zip stays open: only the entry ends
                }
            };
            content.writeTo(counted);
            counted.flush();
            out.closeEntry();
            String hex = HexFormat.of().formatHex(sha256.digest());
            if (!path.equals("manifest.json")) {
                files.add(new FileEntry(path, bytes[0], hex));
            }
            return hex;
        }

        void finish() throws IOException {
            out.finish();
            out.flush();
        }
    }
}
