package com.motovaultpro.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.account.GarageLayout;
import com.motovaultpro.reminder.Urgency;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GarageTileTest {

    /** plate, year, make, model, odometer, urgency, cost ("-" = none). */
    private static final List<GarageTile> TILES = List.of(
            tile("b-200", 2015, "Volvo", "V70", "250000", "URGENT", "9000"),
            tile("A-100", 2021, "Skoda", "Octavia", "30000", "-", "1200"),
            tile("C-300", 2021, "Mazda", "MX-5", "-", "PAST_DUE", "0"),
            tile("D-400", 2008, "Honda", "Jazz", "180000", "VERY_URGENT", "9000"));

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(GarageLayout.Sort.IDENTIFIER, "A-100 b-200 C-300 D-400"),       // case-insensitive
                Arguments.of(GarageLayout.Sort.YEAR, "A-100 C-300 b-200 D-400"),             // newest first, ties A-Z
                Arguments.of(GarageLayout.Sort.ODOMETER, "b-200 D-400 A-100 C-300"),         // none last
                Arguments.of(GarageLayout.Sort.URGENCY, "C-300 D-400 b-200 A-100"),          // none last
                Arguments.of(GarageLayout.Sort.COST, "b-200 D-400 A-100 C-300"));            // ties A-Z
    }

    @ParameterizedTest
    @MethodSource("orders")
    void tilesComeInTheChosenOrder(GarageLayout.Sort sort, String expected) {
        assertEquals(expected, String.join(" ", TILES.stream().sorted(GarageTile.order(sort))
                .map(t -> t.vehicle().getIdentifier()).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL|A-100 b-200 C-300 D-400",
            "'   '|A-100 b-200 C-300 D-400",
            "volvo|b-200",
            "2021|A-100 C-300",
            "2021 mazda|C-300",
            "MX|C-300",
            "d-4|D-400",
            "skoda volvo|''",
            "tesla|''"})
    void filterMatchesEveryWordInTheVehiclesNames(String filter, String expected) {
        assertEquals(expected, String.join(" ", TILES.stream().filter(t -> t.matches(filter))
                .sorted(GarageTile.order(GarageLayout.Sort.IDENTIFIER)).map(t -> t.vehicle().getIdentifier()).toList()));
    }

    private static GarageTile tile(String plate, int year, String make, String model, String odometer, String urgency,
                                   String cost) {
        Vehicle v = new Vehicle();
        v.setLicensePlate(plate);
        v.setYear(year);
        v.setMake(make);
        v.setModel(model);
        return new GarageTile(v, VehicleRole.OWNER, "-".equals(odometer) ? null : new BigDecimal(odometer),
                "-".equals(urgency) ? null : Urgency.valueOf(urgency), null, new BigDecimal(cost), null, null);
    }
}
