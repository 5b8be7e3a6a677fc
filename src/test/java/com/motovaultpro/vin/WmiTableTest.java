package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped table: its source and date, its shape, and well-known identifiers of every continent. */
class WmiTableTest {

    private static final WmiTable SHIPPED = WmiTable.shipped();

    @Test
    void namesItsSourceAndEdition() {
        assertTrue(SHIPPED.source().matches("NHTSA vPIC vPICList_lite_\\d{4}_\\d{2}.*"), SHIPPED.source());
        assertTrue(SHIPPED.size() > 1000, "WMIs: " + SHIPPED.size());
    }

    @Test
    void rowsAreSortedUniqueAndOfTheVinAlphabet() throws IOException {
        Pattern row = Pattern.compile("[A-HJ-NPR-Z0-9]{2}[A-HJ-NPR-Z0-8]\t[^\t]+\t[A-Z_]+");
        List<String> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                WmiTable.class.getResourceAsStream("wmi.tsv"), StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.startsWith("#")).forEach(rows::add);
        }
        rows.forEach(r -> assertTrue(row.matcher(r).matches(), r));
        assertEquals(rows.stream().distinct().sorted().toList(), rows);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            WBA | BMW             | PASSENGER_CAR
            WB1 | BMW             | MOTORCYCLE
            WP0 | Porsche         | PASSENGER_CAR
            WVW | Volkswagen      | PASSENGER_CAR
            VF1 | Renault         | PASSENGER_CAR
            ZFF | Ferrari         | PASSENGER_CAR
            ZDM | Ducati          | MOTORCYCLE
            SAJ | Jaguar          | PASSENGER_CAR
            SMT | Triumph         | MOTORCYCLE
            YV1 | Volvo           | PASSENGER_CAR
            JHM | Honda           | PASSENGER_CAR
            JYA | Yamaha          | MOTORCYCLE
            KNA | KIA             | PASSENGER_CAR
            1G1 | Chevrolet       | PASSENGER_CAR
            1HD | Harley-Davidson | MOTORCYCLE
            2HG | Honda           | PASSENGER_CAR
            3VW | Volkswagen      | PASSENGER_CAR
            5YJ | Tesla           | PASSENGER_CAR
            9BW | Volkswagen      | PASSENGER_CAR
            """)
    void wellKnownIdentifiers(String wmi, String make, VehicleKind kind) {
        assertTrue(SHIPPED.assignments(wmi).contains(new WmiTable.Assignment(make, kind)),
                wmi + ": " + SHIPPED.assignments(wmi));
    }

    @Test
    void aWmiOfSeveralMakesListsThemAll() {
        assertEquals(List.of("Genesis", "Hyundai"),
                SHIPPED.assignments("KMH").stream().map(WmiTable.Assignment::make).toList());
    }

    @Test
    void aTableWithoutItsSourceOrWithABrokenRowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WmiTable.parse(new StringReader("WBA\tBMW\tPASSENGER_CAR\n")));
        assertThrows(IllegalArgumentException.class,
                () -> WmiTable.parse(new StringReader("#source\tx\nWBAX\tBMW\tPASSENGER_CAR\n")));
        assertThrows(IllegalArgumentException.class,
                () -> WmiTable.parse(new StringReader("#source\tx\nWBA\tBMW\tBOAT\n")));
    }
}
