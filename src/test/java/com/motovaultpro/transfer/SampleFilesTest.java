package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.fuel.FuelRecord;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sample files of each format (src/test/resources/import) read as fill-ups, as an import reads them. */
class SampleFilesTest {

    private record Read(List<FuelRecord> records, List<RowError> errors, List<String> ignored) {
    }

    private static Read read(String sample, Locale locale) throws Exception {
        List<FuelRecord> records = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        FuelLayout layout = new FuelLayout();
        CsvFileReader.Handler rows = new CsvFileReader.Handler() {
            CsvHeader header;

            @Override
            public void header(List<String> names) {
                header = CsvHeader.of(names);
                ignored.addAll(header.ignored());
            }

            @Override
            public void row(long line, List<String> values) {
                CsvRow row = new CsvRow(line, values, header, new LocalizedValues(locale));
                records.add(layout.read(row));
                errors.addAll(row.errors());
            }
        };
        try (InputStream in = SampleFilesTest.class.getResourceAsStream("/import/" + sample)) {
            CsvFileReader.read(in, new FuelioBackup(rows));
        }
        return new Read(records, errors, ignored);
    }

    @Test
    void aFuelioBackupGivesItsLogsFillUpsOnly() throws Exception {
        Read read = read("fuelio-backup.csv", Locale.US);
        assertEquals(List.of(), read.errors());
        assertEquals(3, read.records().size(), "the costs section is not fill-ups");
        FuelRecord newest = read.records().get(0);
        assertEquals(LocalDate.of(2024, 3, 10), newest.getDate());
        assertEquals(0, new BigDecimal("12500").compareTo(newest.getOdometer()));
        assertEquals(0, new BigDecimal("41.20").compareTo(newest.getQuantity()));
        assertEquals(0, new BigDecimal("67.09").compareTo(newest.getCost()), "Price (optional) is the total");
        assertEquals("Motorway,\ntwo days", newest.getNotes());
        assertTrue(newest.isFullTank());
        assertFalse(read.records().get(1).isFullTank(), "Full 0");
        assertTrue(read.records().get(2).isMissedPrevious(), "Missed 1");
        assertTrue(read.ignored().contains("fuelio VolumePrice"), read.ignored().toString());
    }

    @Test
    void fuellysWebExportReadsThroughLubeLoggersAliases() throws Exception {
        Read read = read("fuelly-fuelups.csv", Locale.US);
        assertEquals(List.of(), read.errors());
        FuelRecord second = read.records().get(1);
        assertEquals(LocalDate.of(2021, 6, 20), second.getDate());
        assertEquals(0, new BigDecimal("10480").compareTo(second.getOdometer()));
        assertEquals(new BigDecimal("18.30"), second.getCost(), "price per gallon × gallons, to the cent (18.2988)");
        assertFalse(second.isFullTank(), "partial_fuelup 1");
        assertEquals(List.of("road-trip"), second.getTags());
        assertTrue(read.ignored().containsAll(List.of("car_name", "mpg", "miles", "city_percentage")), read.ignored().toString());
    }

    @Test
    void lubeLoggersOwnExportReadsWhole() throws Exception {
        Read read = read("lubelogger-fuel.csv", Locale.US);
        assertEquals(List.of(), read.errors());
        assertEquals("Long trip, \"quoted\"", read.records().get(1).getNotes());
        assertEquals("Aral", read.records().get(1).getExtraFields().get("Station"));
        assertEquals(List.of("trip", "highway"), read.records().get(1).getTags());
    }
}
