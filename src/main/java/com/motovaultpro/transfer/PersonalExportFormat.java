package com.motovaultpro.transfer;

import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.account.Theme;
import com.motovaultpro.document.Document;
import com.motovaultpro.extrafield.ExtraField;
import com.motovaultpro.note.NoteRecord;
import com.motovaultpro.reminder.Reminder;
import com.motovaultpro.vehicle.Vehicle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Version 2 of the personal export's JSON files (docs/import-export.md, "Personal export"): what
 * each holds, as JSON-B writes these records. The format is our own and versioned, not the REST
 * API's shapes, so that the API may change without breaking an export made today. Records of the
 * logbook travel as the LubeLogger CSVs beside them (shop supplies, of no vehicle, as
 * {@code account/supplies.csv}); notes, which have no CSV, as JSON here. Version 2 adds the parts
 * features keep of a person ({@code PersonalDataPart}, e.g. {@code account/notifications.json}) and
 * the manifest's {@code withheld}; a restore reads versions 1 and 2.
 */
public final class PersonalExportFormat {

    public static final String FORMAT = "motovaultpro-personal-export";
    public static final int VERSION = 2;
    /** The oldest version a restore reads. */
    public static final int OLDEST_READ = 1;

    private PersonalExportFormat() {
    }

    /**
     * {@code manifest.json}, written last: what the zip holds, each file with its size and SHA-256;
     * {@code withheld}: the parts left out because the API key the export was made with may not read
     * them (null in version 1).
     */
    public record Manifest(String format, int version, Instant exportedAt, String username, int vehicles,
                           List<FileEntry> files, List<String> withheld) {
    }

    /** One file of the zip. */
    public record FileEntry(String path, long bytes, String sha256) {
    }

    /**
     * {@code account/settings.json}: the language, the display preferences and the colour theme as
     * saved ({@code theme} is missing from exports made before it existed).
     */
    public record Settings(String language, DisplayPreferences.Saved display, Theme theme) {
    }

    /** {@code account/extra-fields.json}: one per field definition. */
    public record ExtraFieldEntry(String recordType, String name, String type, boolean required, int position) {
        static ExtraFieldEntry of(ExtraField field) {
            return new ExtraFieldEntry(field.getRecordType(), field.getName(), field.getType().name(), field.isRequired(),
                    field.getPosition());
        }
    }

    /** {@code vehicles/<n>/vehicle.json}; {@code id} is the exporting server's, for reference only. */
    public record VehicleEntry(long id, Integer year, String make, String model, String trim, String licensePlate,
                               String vin, LocalDate purchaseDate, BigDecimal purchasePrice, LocalDate soldDate,
                               BigDecimal soldPrice, BigDecimal currentValue, String fuelType, String secondaryFuelType,
                               String odometerUnit, String fuelVolumeUnit, BigDecimal odometerMultiplier,
                               BigDecimal odometerOffset, String notes) {
        static VehicleEntry of(Vehicle v) {
            return new VehicleEntry(v.getId(), v.getYear(), v.getMake(), v.getModel(), v.getTrim(), v.getLicensePlate(),
                    v.getVin(), v.getPurchaseDate(), v.getPurchasePrice(), v.getSoldDate(), v.getSoldPrice(),
                    v.getCurrentValue(), name(v.getFuelType()), name(v.getSecondaryFuelType()), name(v.getOdometerUnit()),
                    name(v.getFuelVolumeUnit()), v.getOdometerMultiplier(), v.getOdometerOffset(), v.getNotes());
        }
    }

    /** {@code vehicles/<n>/reminders.json}: open and completed ones. */
    public record ReminderEntry(String description, String notes, LocalDate dueDate, BigDecimal dueOdometer,
                                Integer intervalMonths, Integer intervalDays, BigDecimal intervalDistance,
                                boolean fixedIntervals, Integer urgentDays, Integer veryUrgentDays,
                                BigDecimal urgentDistance, BigDecimal veryUrgentDistance, LocalDate completedOn) {
        static ReminderEntry of(Reminder r) {
            return new ReminderEntry(r.getDescription(), r.getNotes(), r.getDueDate(), r.getDueOdometer(),
                    r.getIntervalMonths(), r.getIntervalDays(), r.getIntervalDistance(), r.isFixedIntervals(),
                    r.getUrgentDays(), r.getVeryUrgentDays(), r.getUrgentDistance(), r.getVeryUrgentDistance(),
                    r.getCompletedOn());
        }
    }

    /** {@code vehicles/<n>/notes.json}: notes (Markdown text), which no CSV carries. */
    public record NoteEntry(LocalDate date, String title, String text, List<String> tags, boolean pinned) {
        static NoteEntry of(NoteRecord note) {
            return new NoteEntry(note.getDate(), note.getTitle(), note.getNotes(), List.copyOf(note.getTags()),
                    note.isPinned());
        }
    }

    /**
     * {@code vehicles/<n>/documents.json}: each document's file in the zip, its checksum as stored,
     * and what it belongs to — the vehicle (and whether it is its photo), or a record, named by its
     * record type and its row in that type's CSV (1 = the first row after the header).
     */
    public record DocumentEntry(String file, String originalName, String contentType, long bytes, String sha256,
                                boolean vehiclePhoto, String recordType, Integer recordRow) {
        static DocumentEntry of(Document d, String file, String recordType, Integer recordRow) {
            return new DocumentEntry(file, d.getOriginalName(), d.getContentType(), d.getSizeBytes(), d.getSha256(),
                    d.isVehiclePhoto(), recordType, recordRow);
        }
    }

    /**
     * {@code vehicles/<n>/plan-links.json}: which record each done plan became — the plan by its row
     * in plan.csv, the record by its type and row — so that a restored plan keeps its record.
     */
    public record PlanLink(int planRow, String recordType, int recordRow) {
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
