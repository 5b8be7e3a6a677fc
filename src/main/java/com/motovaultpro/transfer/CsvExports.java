package com.motovaultpro.transfer;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports one record type of a vehicle as CSV in LubeLogger's layout (its headers and order, then
 * one {@code extrafield_<Name>} column per extra field the records carry), oldest first, with
 * LubeLogger's CRLF line ends and RFC 4180 quoting, values as {@link ExportValues} writes them in
 * the person's (or the chosen) locale. The file imports into LubeLogger and back into us. Streams:
 * records are read from one statement and written one at a time.
 */
@RequestScoped
public class CsvExports {

    @Inject
    VehicleService vehicles;

    @Inject
    LogbookService logbook;

    @Inject
    EconomyService economyService;

    @Inject
    AccountPreferences preferences;

    /** Checks the caller may read the vehicle (404/403 otherwise); call before the response starts. */
    public void checkReadable(long vehicleId) {
        vehicles.check(vehicleId, Permission.READ);
    }

    public void write(long vehicleId, ImportableType type, Optional<Locale> locale, OutputStream out) throws IOException {
        write(vehicleId, type, locale, out, id -> { });
    }

    /** As {@link #write(long, ImportableType, Optional, OutputStream)}, telling {@code rows} each written record's id in order. */
    public void write(long vehicleId, ImportableType type, Optional<Locale> locale, OutputStream out, LongConsumer rows)
            throws IOException {
        write(vehicleId, type.layout(type == ImportableType.FUEL ? economy(vehicleId) : Map.of()), locale, out, rows);
    }

    /**
     * As a personal export writes a record type: LubeLogger's columns and then ours where a type
     * has more ({@code FuelType} of fill-ups), telling {@code rows} each record's id in order.
     */
    public void writeComplete(long vehicleId, ImportableType type, Optional<Locale> locale, OutputStream out,
                              LongConsumer rows) throws IOException {
        write(vehicleId, type.completeLayout(type == ImportableType.FUEL ? economy(vehicleId) : Map.of()), locale, out,
                rows);
    }

    private void write(long vehicleId, RecordLayout<?> layout, Optional<Locale> locale, OutputStream out,
                       LongConsumer rows) throws IOException {
        write(layout, logbook.extraFieldNames(layout.type(), vehicleId),
                each -> logbook.forEach(layout.type(), vehicleId, each), values(locale), out, rows);
    }

    /** The caller's shop supplies (those of no vehicle) in the supply layout, telling {@code rows} each one's id. */
    public void writeShopSupplies(Optional<Locale> locale, OutputStream out, LongConsumer rows) throws IOException {
        RecordLayout<?> layout = ImportableType.SUPPLY.layout();
        write(layout, logbook.shopExtraFieldNames(layout.type()),
                each -> logbook.shopForEach(layout.type(), each), values(locale), out, rows);
    }

    private ExportValues values(Optional<Locale> locale) {
        return new ExportValues(locale.orElseGet(() -> preferences.display().formatLocale()));
    }

    private static void write(RecordLayout<?> layout, List<String> extraFields,
                              Consumer<Consumer<LogbookRecord>> records, ExportValues values, OutputStream out,
                              LongConsumer rows) throws IOException {
        List<String> header = new ArrayList<>(layout.columns().stream().map(Column::header).toList());
        extraFields.forEach(name -> header.add(Column.EXTRA_FIELD_PREFIX + name));
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        printer.printRecord(header);
        try {
            records.accept(record -> {
                List<String> row = new ArrayList<>(write(layout, record, values));
                extraFields.forEach(name -> row.add(values.text(record.getExtraFields().getOrDefault(name, ""))));
                rows.accept(record.getId());
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static <T extends LogbookRecord> List<String> write(RecordLayout<T> layout, LogbookRecord record,
                                                                ExportValues values) {
        return layout.write(layout.type().cast(record), values);
    }

    /** The fill-ups' economy in their display units, by record id. */
    private Map<Long, BigDecimal> economy(long vehicleId) {
        return economyService.report(vehicleId, Optional.empty(), Optional.empty()).byRecord();
    }
}
