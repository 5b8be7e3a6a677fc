package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.maintenance.MaintenanceRecord;
import com.motovaultpro.odometer.OdometerRecord;
import com.motovaultpro.plan.PlanPriority;
import com.motovaultpro.plan.PlanProgress;
import com.motovaultpro.plan.PlanRecord;
import com.motovaultpro.supply.SupplyRecord;
import com.motovaultpro.tax.TaxRecord;
import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How rows of LubeLogger's layout (and its aliases) become records, and records rows. */
class RecordLayoutsTest {

    private static CsvRow row(String header, String values) {
        return row(header, values, Locale.US);
    }

    private static CsvRow row(String header, String values, Locale locale) {
        return new CsvRow(2, Arrays.asList(values.split("\\|", -1)), CsvHeader.of(Arrays.asList(header.split("\\|", -1))),
                new LocalizedValues(locale));
    }

    @Test
    void aLubeLoggerFuelRowIsReadWhole() {
        CsvRow row = row("Date|Odometer|FuelConsumed|Cost|FuelEconomy|IsFillToFull|MissedFuelUp|Notes|Tags|extrafield_Station",
                "1/19/2024|12,345|10.5|42.00|29.2|True|False|Cold day|winter commute|Shell");
        FuelRecord fuel = new FuelLayout().read(row);
        assertEquals(List.of(), row.errors());
        assertEquals(LocalDate.of(2024, 1, 19), fuel.getDate());
        assertEquals(new BigDecimal("12345"), fuel.getOdometer());
        assertEquals(new BigDecimal("10.5"), fuel.getQuantity());
        assertEquals(new BigDecimal("42.00"), fuel.getCost());
        assertTrue(fuel.isFullTank());
        assertFalse(fuel.isMissedPrevious());
        assertEquals("Cold day", fuel.getNotes());
        assertEquals(List.of("winter", "commute"), fuel.getTags());
        assertEquals(Map.of("Station", "Shell"), fuel.getExtraFields());
    }

    /** Headers in any case and with spaces, and every alias SPEC.md lists. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        " DATE | ODO | Gallons | Total Cost ;1/19/2024|1000|10|30",
        "fuelup_date|odometer|liters|totalcost;1/19/2024|1000|10|30",
        "date|odo|litres|total price;1/19/2024|1000|10|30",
        "date|odo|consumption|cost;1/19/2024|1000|10|30",
        "date|odo|quantity|cost;1/19/2024|1000|10|30",
        "date|odo|qty|cost;1/19/2024|1000|10|30",
        "day|month|year|odo|qty|cost;19|1|2024|1000|10|30",
        "date|odo|qty|price;1/19/2024|1000|10|3",
    })
    void aliasesAndTheDayMonthYearFormReadTheSameFillUp(String header, String values) {
        CsvRow row = row(header, values);
        FuelRecord fuel = new FuelLayout().read(row);
        assertEquals(List.of(), row.errors());
        assertEquals(LocalDate.of(2024, 1, 19), fuel.getDate());
        assertEquals(0, new BigDecimal("1000").compareTo(fuel.getOdometer()));
        assertEquals(0, new BigDecimal("10").compareTo(fuel.getQuantity()));
        assertEquals(0, new BigDecimal("30").compareTo(fuel.getCost()), "cost, or fuel × price without one");
    }

    @ParameterizedTest(name = "{0} = {1} → full {2}, missed {3}")
    @CsvSource(delimiter = ';', value = {
        "IsFillToFull|MissedFuelUp;True|False;true;false",
        "IsFillToFull|MissedFuelUp;false|true;false;true",
        "isfilltofull|missedfuelup;1|0;true;false",
        "filled up|missed fill up;0|1;false;true",
        "IsFillToFull;full;true;false",
        "partial_fuelup|missed_fuelup;1|0;false;false",
        "partial tank|missed_fill;0|1;true;true",
        "partial_fill;1;false;false",
        "Notes;none;true;false",
    })
    void fullPartialAndMissedFlags(String flagHeaders, String flags, boolean full, boolean missed) {
        CsvRow row = row("Date|Odometer|FuelConsumed|Cost|" + flagHeaders, "2024-01-19|1000|10|30|" + flags);
        FuelRecord fuel = new FuelLayout().read(row);
        assertEquals(List.of(), row.errors());
        assertEquals(full, fuel.isFullTank(), "full");
        assertEquals(missed, fuel.isMissedPrevious(), "missed");
    }

    @Test
    void europeanNumbersAndDates() {
        CsvRow row = row("Datum|Date|Odometer|FuelConsumed|Cost", "x|19.01.2024|12.345|40,5|1.234,56", Locale.GERMANY);
        FuelRecord fuel = new FuelLayout().read(row);
        assertEquals(List.of(), row.errors());
        assertEquals(LocalDate.of(2024, 1, 19), fuel.getDate());
        assertEquals(0, new BigDecimal("12345").compareTo(fuel.getOdometer()));
        assertEquals(0, new BigDecimal("40.5").compareTo(fuel.getQuantity()));
        assertEquals(0, new BigDecimal("1234.56").compareTo(fuel.getCost()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "Date|Odometer|FuelConsumed;yesterday|1000|10;Date;not a date",
        "Date|Odometer|FuelConsumed;2024-01-19|ten|10;Odometer;not a number",
        "Date|ODO|FuelConsumed;2024-01-19|1.000,5|10;ODO;not a number",
        "Date|Odometer|FuelConsumed|IsFillToFull;2024-01-19|1000|10|perhaps;IsFillToFull;not a yes/no value",
        "Odometer|FuelConsumed;1000|10;Date;a date is required",
        "day|month|Odometer;19|1|1000;day;day, month and year are all needed",
        "day|month|year|Odometer;31|2|2024|1000;day;day, month and year are not a date",
        "Date|Odometer|FuelConsumed|FuelType;2024-01-19|1000|10|petrol;FuelType;not one of",
    })
    void badValuesNameTheirColumnAsTheFileWritesIt(String header, String values, String column, String message) {
        CsvRow row = row(header, values);
        new FuelLayout().read(row);
        assertEquals(1, row.errors().size(), row.errors().toString());
        assertEquals(column, row.errors().get(0).column());
        assertEquals(2, row.errors().get(0).line());
        assertTrue(row.errors().get(0).message().startsWith(message), row.errors().get(0).message());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
        "ELECTRIC, ELECTRIC",
        "electric, ELECTRIC",
        "Gasoline, GASOLINE",
        "'', none",
    })
    void ourFuelTypeColumnIsReadWhenAFileHasItAndWrittenOnlyIntoTheCompleteLayout(String text, FuelType expected) {
        FuelRecord fuel = new FuelLayout().read(row("Date|Odometer|FuelConsumed|fuel_type", "2024-01-19|1000|10|" + text));
        assertEquals(expected, fuel.getFuelType());
        assertTrue(new FuelLayout().columns().stream().noneMatch(c -> c == Column.FUEL_TYPE), "LubeLogger's own layout");
        assertEquals(Column.FUEL_TYPE, FuelLayout.complete(Map.of()).columns().get(9));
        assertEquals(expected == null ? "" : expected.name(),
                FuelLayout.complete(Map.of()).write(fuel, ExportValues.PLAIN).get(9));
    }

    @Test
    void everyOtherTypeReadsItsColumns() {
        MaintenanceRecord service = new MaintenanceLayout(MaintenanceKind.REPAIR).read(
                row("Date|Description|Cost|Notes|Odometer|Tags", "2024-03-01|Brake pads|$1,234.56|Front|15000|brakes"));
        assertEquals("Brake pads", service.getDescription());
        assertEquals(0, new BigDecimal("1234.56").compareTo(service.getCost()), "LubeLogger's currency-formatted cost");
        assertEquals(MaintenanceKind.REPAIR, service.kind());
        TaxRecord tax = new TaxLayout().read(row("Date|Description|Cost|Notes|Tags", "2024-03-01|Road tax|120||"));
        assertEquals("Road tax", tax.getDescription());
        assertEquals(0, new BigDecimal("120").compareTo(tax.getCost()));
        SupplyRecord supply = new SupplyLayout().read(row("Date|PartNumber|PartSupplier|PartQuantity|Description|Notes|Cost|Tags",
                "2024-03-01|W 712/75|Mann|2|Oil filter||19.90|"));
        assertEquals("W 712/75", supply.getPartNumber());
        assertEquals("Mann", supply.getSupplier());
        assertEquals(0, new BigDecimal("2").compareTo(supply.getQuantity()));
        OdometerRecord odometer = new OdometerLayout().read(row("Date|InitialOdometer|Odometer|Notes|Tags", "2024-03-01|100|250||"));
        assertEquals(0, new BigDecimal("100").compareTo(odometer.getInitialOdometer()));
        assertEquals(0, new BigDecimal("250").compareTo(odometer.getOdometer()));
        CsvRow planRow = row("DateCreated|DateModified|Description|Notes|Type|Priority|Progress|Cost",
                "1/5/2025 3:04:05 PM|1/6/2025 8:00:00 AM|Timing belt||UpgradeRecord|Critical|InProgress|800");
        PlanRecord plan = new PlanLayout().read(planRow);
        assertEquals(List.of(), planRow.errors());
        assertEquals(LocalDate.of(2025, 1, 5), plan.getDate());
        assertEquals(MaintenanceKind.UPGRADE, plan.getKind());
        assertEquals(PlanPriority.CRITICAL, plan.getPriority());
        assertEquals(PlanProgress.IN_PROGRESS, plan.getProgress());
    }

    @Test
    void aRowReadFromAFileHasTheFingerprintOfTheRecordItWasExportedFrom() {
        FuelRecord stored = new FuelRecord();
        stored.setDate(LocalDate.of(2024, 1, 19));
        stored.setOdometer(new BigDecimal("1400.000"));
        stored.setQuantity(new BigDecimal("35.500"));
        stored.setCost(new BigDecimal("53.25"));
        stored.setFullTank(true);
        stored.setNotes("Long trip");
        stored.setExtraFields(Map.of("Station", "Shell"));
        FuelLayout layout = new FuelLayout(Map.of());
        FuelRecord read = layout.read(row("Date|Odometer|FuelConsumed|Cost|FuelEconomy|IsFillToFull|Notes|extrafield_Station",
                "1/19/2024|1,400|35.5|$53.250|31.2|true|Long trip|Shell"));
        assertEquals(layout.fingerprint(stored), layout.fingerprint(read), "economy is computed, not compared");
        read.setNotes("Another trip");
        assertFalse(layout.fingerprint(stored).equals(layout.fingerprint(read)));
    }

    @Test
    void aPlanWithUnknownNamesIsRefusedByColumn() {
        CsvRow row = row("DateCreated|Description|Type|Priority|Progress", "2025-01-05|Belt|CarWash|Urgent|Soon");
        new PlanLayout().read(row);
        assertEquals(List.of("Type", "Priority", "Progress"), row.errors().stream().map(RowError::column).toList());
    }

    @Test
    void recordsAreWrittenInLubeLoggersOrderWithSpreadsheetSafeText() {
        FuelRecord fuel = new FuelRecord();
        fuel.setDate(LocalDate.of(2024, 1, 19));
        fuel.setOdometer(new BigDecimal("12345.0"));
        fuel.setQuantity(new BigDecimal("40.500"));
        fuel.setCost(new BigDecimal("1234.56"));
        fuel.setFullTank(false);
        fuel.setNotes("=HYPERLINK(\"http://evil\")");
        fuel.setTags(List.of("a", "b"));
        assertEquals(List.of("Date", "Odometer", "FuelConsumed", "Cost", "FuelEconomy", "IsFillToFull", "MissedFuelUp",
                "Notes", "Tags"), new FuelLayout().columns().stream().map(Column::header).toList());
        assertEquals(List.of("2024-01-19", "12345", "40,5", "1234,56", "", "False", "False", "'=HYPERLINK(\"http://evil\")",
                "a b"), new FuelLayout().write(fuel, new ExportValues(Locale.GERMANY)));
        assertEquals("=HYPERLINK(\"http://evil\")", ExportValues.unescaped("'=HYPERLINK(\"http://evil\")"));
        fuel.setTags(List.of("=HYPERLINK(\"//evil.example\")", "b"));
        assertEquals("'=HYPERLINK(\"//evil.example\") b", new FuelLayout().write(fuel, new ExportValues(Locale.US)).get(8),
                "tags are text a spreadsheet could run too");
        assertEquals("'quoted", ExportValues.unescaped("'quoted"), "only an escaped formula loses its apostrophe");

        PlanRecord plan = new PlanRecord();
        plan.setDate(LocalDate.of(2025, 1, 5));
        plan.setDescription("Belt");
        plan.setKind(MaintenanceKind.SERVICE);
        plan.setPriority(PlanPriority.LOW);
        plan.setProgress(PlanProgress.IN_PROGRESS);
        assertEquals(List.of("2025-01-05", "2025-01-05", "Belt", "", "ServiceRecord", "Low", "InProgress", ""),
                new PlanLayout().write(plan, new ExportValues(Locale.US)));
        assertNull(new PlanLayout().columnOf("nothing").orElse(null));
        assertEquals("extrafield_Oil", new PlanLayout().columnOf("extraFields.Oil").orElseThrow());
    }
}
