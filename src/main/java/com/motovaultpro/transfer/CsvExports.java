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
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports one record type of a vehicle as CSV in LubeLogger's layout (its headers and order, then
 * one {@code extrafield_<Name>} column per extra field the records carry), oldest first, with
 * LubeLogger's CRLF line ends and RFC 4180 quoting, values as {@link ExportValues} writes them in
 * the person's (or the chosen) locale. The file imports into LubeLogger and back into us.
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
        vehicles.get(vehicleId, Permission.READ);
    }

    public void write(long vehicleId, ImportableType type, Optional<Locale> locale, OutputStream out) throws IOException {
        RecordLayout<?> layout = type.layout(type == ImportableType.FUEL ? economy(vehicleId) : Map.of());
        ExportValues values = new ExportValues(locale.orElseGet(() -> preferences.display().formatLocale()));
        write(layout, VehicleRecords.all(logbook, layout.type(), vehicleId), values, out);
    }

    private static <T extends LogbookRecord> void write(RecordLayout<T> layout, List<? extends LogbookRecord> records,
                                                        ExportValues values, OutputStream out) throws IOException {
        Set<String> extraFields = new LinkedHashSet<>();
        records.forEach(r -> extraFields.addAll(r.getExtraFields().keySet()));
        List<String> header = new ArrayList<>(layout.columns().stream().map(Column::header).toList());
        extraFields.forEach(name -> header.add(Column.EXTRA_FIELD_PREFIX + name));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        for (LogbookRecord record : records) {
            List<String> row = new ArrayList<>(layout.write(layout.type().cast(record), values));
            extraFields.forEach(name -> row.add(values.text(record.getExtraFields().getOrDefault(name, ""))));
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** The fill-ups' economy in their display units, by record id. */
    private Map<Long, BigDecimal> economy(long vehicleId) {
        return economyService.report(vehicleId, Optional.empty(), Optional.empty()).byRecord();
    }
}
