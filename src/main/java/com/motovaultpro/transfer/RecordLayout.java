package com.motovaultpro.transfer;

import com.motovaultpro.logbook.CostedRecord;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.VehicleUseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One record type in LubeLogger's CSV layout: its columns in LubeLogger's order, how a row becomes
 * an unsaved record (which the logbook then checks exactly like a record created by hand), and
 * how a record becomes a row. What every type shares — date, notes, tags, cost, odometer — is
 * read and written here; a subclass adds its own columns.
 *
 * @param <T> the record entity
 */
public abstract class RecordLayout<T extends LogbookRecord> {

    private static final char SEPARATOR = '\u001F';

    private final Class<T> type;
    private final Supplier<T> factory;
    private final List<Column> columns;

    protected RecordLayout(Class<T> type, Supplier<T> factory, Column... columns) {
        this.type = type;
        this.factory = factory;
        this.columns = List.of(columns);
    }

    public Class<T> type() {
        return type;
    }

    /** The columns LubeLogger writes for this type, in its order (extra fields follow them). */
    public List<Column> columns() {
        return columns;
    }

    /** The record the row describes; what could not be read is left empty and listed by the row. */
    public T read(CsvRow row) {
        T record = factory.get();
        dateOf(row).ifPresent(record::setDate);
        record.setNotes(row.text(Column.NOTES).orElse(null));
        record.setTags(new ArrayList<>(row.tags()));
        record.setExtraFields(row.extraFields());
        if (record instanceof CostedRecord costed) {
            row.number(Column.COST).ifPresent(costed::setCost);
        }
        if (record instanceof VehicleUseRecord use) {
            row.number(Column.ODOMETER).ifPresent(use::setOdometer);
        }
        readOwn(row, record);
        return record;
    }

    /** The row of a record: one value per {@link #columns()}, as {@code out} writes values. */
    public List<String> write(T record, ExportValues out) {
        List<String> row = new ArrayList<>(columns.size());
        for (Column column : columns) {
            row.add(switch (column) {
                case DATE, DATE_CREATED -> out.date(record.getDate());
                case NOTES -> out.text(record.getNotes());
                case TAGS -> out.text(String.join(" ", record.getTags()));
                case COST -> record instanceof CostedRecord costed ? out.number(costed.getCost()) : "";
                case ODOMETER -> record instanceof VehicleUseRecord use ? out.number(use.getOdometer()) : "";
                default -> writeOwn(column, record, out);
            });
        }
        return row;
    }

    /**
     * The column a record field's problem belongs to ({@code odometer} → Odometer, {@code
     * extraFields.Oil} → {@code extrafield_Oil}), or empty for problems of the whole record.
     */
    public Optional<String> columnOf(String field) {
        if (field.startsWith("extraFields.")) {
            return Optional.of(Column.EXTRA_FIELD_PREFIX + field.substring("extraFields.".length()));
        }
        return Optional.ofNullable(switch (field) {
            case "date" -> columns.contains(Column.DATE) ? Column.DATE : Column.DATE_CREATED;
            case "odometer" -> Column.ODOMETER;
            case "initialOdometer" -> Column.INITIAL_ODOMETER;
            case "quantity" -> columns.contains(Column.FUEL_CONSUMED) ? Column.FUEL_CONSUMED : Column.PART_QUANTITY;
            case "cost" -> Column.COST;
            case "description" -> Column.DESCRIPTION;
            case "notes" -> Column.NOTES;
            case "partNumber" -> Column.PART_NUMBER;
            case "supplier" -> Column.PART_SUPPLIER;
            case "kind" -> Column.TYPE;
            case "priority" -> Column.PRIORITY;
            case "progress" -> Column.PROGRESS;
            case "fuelType" -> Column.FUEL_TYPE;
            default -> field.startsWith("tags") ? Column.TAGS : null;
        }).map(Column::header);
    }

    /**
     * What makes two records the same entry of a logbook: every column as the export writes it
     * (computed ones left out) and the extra fields. Importing a file twice finds its rows by this.
     */
    public String fingerprint(T record) {
        List<String> values = write(record, ExportValues.PLAIN);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != Column.FUEL_ECONOMY && columns.get(i) != Column.DATE_MODIFIED) {
                key.append(values.get(i)).append(SEPARATOR);
            }
        }
        new TreeMap<>(record.getExtraFields()).forEach((name, value) -> key.append(name).append('=').append(value)
                .append(SEPARATOR));
        return key.toString();
    }

    /** {@link #fingerprint} of a record known to be of this type. */
    public String fingerprintOf(LogbookRecord record) {
        return fingerprint(type.cast(record));
    }

    /** The constant of {@code type} a text names, ignoring case, spaces and underscores ({@code InProgress}, {@code in_progress}). */
    protected static <E extends Enum<E>> Optional<E> named(Class<E> type, String text) {
        String wanted = text.replaceAll("[\\s_]", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Reads the type's own columns into {@code record}. */
    protected abstract void readOwn(CsvRow row, T record);

    /** The value of one of the type's own columns. */
    protected abstract String writeOwn(Column column, T record, ExportValues out);

    /**
     * The row's date: the date column (or {@code DateCreated}), else day, month and year columns;
     * a row without one is refused (LubeLogger would silently take today).
     */
    private static Optional<LocalDate> dateOf(CsvRow row) {
        Column dated = row.has(Column.DATE) || !row.has(Column.DATE_CREATED) ? Column.DATE : Column.DATE_CREATED;
        if (row.has(dated)) {
            return row.date(dated);
        }
        if (row.has(Column.DAY) || row.has(Column.MONTH) || row.has(Column.YEAR)) {
            Optional<Integer> day = row.whole(Column.DAY);
            Optional<Integer> month = row.whole(Column.MONTH);
            Optional<Integer> year = row.whole(Column.YEAR);
            if (day.isPresent() && month.isPresent() && year.isPresent()) {
                try {
                    return Optional.of(LocalDate.of(year.get(), month.get(), day.get()));
                } catch (java.time.DateTimeException e) {
                    row.refuse(Column.DAY, "day, month and year are not a date");
                    return Optional.empty();
                }
            }
            row.refuse(Column.DAY, "day, month and year are all needed");
            return Optional.empty();
        }
        row.refuse(Column.DATE, "a date is required");
        return Optional.empty();
    }
}
