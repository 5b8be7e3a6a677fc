package com.motovaultpro.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fuel-economy rules of SPEC.md, case by case. A chain is written as fill-ups separated by
 * ';', each "date odometer quantity flags" with odometer '-' for none and flags F (full tank),
 * P (partial) and M (missed the previous fill-up). Fill-ups are numbered 1, 2, … in the order
 * written; the expected economies name those numbers and are hand-computed (4 decimals).
 */
class FuelEconomyCalculatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a single fill-up has no economy                 | 01-01 1000 40 F                                                  | -                  | -
            two full fills                                  | 01-01 1000 40 F; 01-10 1500 50 F                                 | 2=10               | 10
            three full fills, average over all              | 01-01 1000 40 F; 01-10 1500 50 F; 01-20 2100 40 F                | 2=10, 3=15         | 12.2222
            partial chain ending in a full fill             | 01-01 1000 40 F; 01-05 1300 20 P; 01-10 1600 30 F                | 3=12               | 12
            two partials folded into the next full fill     | 01-01 1000 40 F; 01-03 1200 10 P; 01-05 1400 10 P; 01-09 1700 20 F | 4=17.5           | 17.5
            missed fill-up inside a partial chain           | 01-01 1000 40 F; 01-05 1300 20 P; 01-10 1600 30 MF; 01-20 2000 40 F | 4=10            | 10
            missed fill-up, then partial, then full         | 01-01 1000 40 F; 01-05 1400 30 MF; 01-08 1700 15 P; 01-12 2000 15 F | 4=20            | 20
            missed fill-up marked partial too               | 01-01 1000 40 F; 01-05 1400 30 MP; 01-12 2000 30 F               | 3=20               | 20
            two missed fill-ups in a row                    | 01-01 1000 40 F; 01-05 1400 30 MF; 01-08 1800 30 MF; 01-12 2100 30 F | 4=10           | 10
            records written out of date order               | 03-01 1600 30 F; 01-01 1000 40 F; 02-01 1300 20 F                | 1=10, 3=15         | 12
            same date: odometer decides the order           | 01-01 1500 50 F; 01-01 1000 40 F                                 | 1=10               | 10
            equal odometers: zero distance waits for more   | 01-01 1000 40 F; 01-02 1000 10 F; 01-09 1500 40 F                | 3=10               | 10
            zero fuel on a full fill waits for more         | 01-01 1000 40 F; 01-05 1500 0 F; 01-09 1800 30 F                 | 3=26.6667          | 26.6667
            decimal odometer (engine hours)                 | 01-01 100.5 10 F; 01-09 110.75 5 F                               | 2=2.05             | 2.05
            full fill without odometer is folded            | 01-01 1000 40 F; 01-05 - 20 F; 01-09 1600 40 F                   | 3=10               | 10
            partial without odometer is folded              | 01-01 1000 40 F; 01-05 - 10 P; 01-09 1500 40 F                   | 3=10               | 10
            odometer going backwards counts as no distance  | 01-01 1000 40 F; 01-05 900 20 F; 01-09 1400 25 F                 | 3=11.1111          | 11.1111
            trailing partials stay out of the average       | 01-01 1000 40 F; 01-10 1500 50 F; 01-12 1700 10 P                | 2=10               | 10
            missed fill-up stays out of the average         | 01-01 1000 40 F; 01-10 1500 50 F; 01-20 2000 100 MF              | 2=10               | 10
            first fill-up partial is only the baseline      | 01-01 1000 20 P; 01-10 1300 30 F                                 | 2=10               | 10
            fill-ups before the first odometer are baseline | 01-01 - 30 F; 01-05 1000 40 F; 01-10 1500 50 F                   | 3=10               | 10
            only partial fills give no economy              | 01-01 1000 40 F; 01-05 1200 10 P; 01-09 1400 10 P                | -                  | -
            electric charges in kWh                         | 01-01 10000 0 F; 01-03 10200 40 F; 01-06 10500 50 F              | 2=5, 3=6           | 5.5556
            large odometer, fractional litres               | 01-01 123456.7 30 F; 01-09 123789.2 23.456 F                     | 2=14.1755          | 14.1755
            average weighs by fuel, not by fill-up          | 01-01 1000 40 F; 01-10 1100 10 F; 01-20 2000 80 F                | 2=10, 3=11.25      | 11.1111
            full fill right after a missed one counts again | 01-01 1000 40 F; 01-05 1400 30 MF; 01-12 1900 25 F               | 3=20               | 20
            """)
    void economyPerFillUpAndAverage(String rule, String chain, String expectedEconomies, String expectedAverage) {
        List<FillUp> fillUps = parse(chain);
        Map<Long, BigDecimal> expected = parseExpected(expectedEconomies);

        EconomySeries series = FuelEconomyCalculator.series(fillUps);

        assertEquals(fillUps.size(), series.points().size(), "one point per fill-up");
        for (FillUp fillUp : fillUps) {
            Optional<BigDecimal> economy = series.pointFor(fillUp.id()).orElseThrow().economy();
            if (expected.containsKey(fillUp.id())) {
                assertTrue(economy.isPresent(), "fill-up " + fillUp.id() + " should have an economy");
                assertEquals(expected.get(fillUp.id()), round(economy.get()), "fill-up " + fillUp.id());
            } else {
                assertTrue(economy.isEmpty(), "fill-up " + fillUp.id() + " should have none, got " + economy);
            }
        }
        assertEquals("-".equals(expectedAverage) ? Optional.empty() : Optional.of(new BigDecimal(expectedAverage).setScale(4)),
                series.average().map(FuelEconomyCalculatorTest::round));
    }

    @Test
    void pointsComeInDateOrderWithTheirDistance() {
        EconomySeries series = FuelEconomyCalculator.series(parse("03-01 1600 30 F; 01-01 1000 40 F; 02-01 1300 20 F"));

        assertEquals(List.of(2L, 3L, 1L), series.points().stream().map(EconomyPoint::fillUpId).toList());
        assertEquals(List.of("0", "300", "300"), series.points().stream().map(p -> p.distance().toPlainString()).toList());
    }

    @Test
    void dualFuelVehicleHasOneChainPerFuel() {
        List<FillUp> fillUps = List.of(
                fillUp(1, "01-01", "1000", "40", "F", "GASOLINE"),
                fillUp(2, "01-02", "1100", "30", "F", "LPG"),
                fillUp(3, "01-10", "1500", "40", "F", "GASOLINE"),
                fillUp(4, "01-12", "1700", "40", "F", "LPG"));

        Map<String, EconomySeries> perFuel = FuelEconomyCalculator.seriesPerFuel(fillUps);

        assertEquals(List.of("GASOLINE", "LPG"), List.copyOf(perFuel.keySet()));
        assertEquals(new BigDecimal("12.5000"), round(perFuel.get("GASOLINE").average().orElseThrow()));
        assertEquals(new BigDecimal("15.0000"), round(perFuel.get("LPG").average().orElseThrow()));
    }

    @Test
    void averageOverAPeriodCountsOnlyFillUpsInIt() {
        EconomySeries series = FuelEconomyCalculator.series(
                parse("01-01 1000 40 F; 02-01 1500 50 F; 03-01 2100 40 F; 04-01 2500 20 F"));

        assertEquals(new BigDecimal("15.0000"), round(series.averageBetween(date("03-01"), date("03-31")).orElseThrow()));
        assertEquals(new BigDecimal("16.6667"), round(series.averageBetween(date("03-01"), date("12-31")).orElseThrow()));
        assertTrue(series.averageBetween(date("05-01"), date("12-31")).isEmpty());
    }

    @Test
    void averagePerMonthFoldsPartialsIntoTheMonthOfTheirFullFill() {
        // Jan: first fill, no economy. Feb: 500 km / 50 L. Mar: a partial (10 L) and a full (30 L)
        // together 600 km / 40 L. Apr: nothing. May: 400 km / 20 L.
        EconomySeries series = FuelEconomyCalculator.series(
                parse("01-01 1000 40 F; 02-01 1500 50 F; 03-10 1800 10 P; 03-20 2100 30 F; 05-01 2500 20 F"));

        var months = series.perMonth();
        assertEquals(List.of("2024-02", "2024-03", "2024-05"), months.keySet().stream().map(Object::toString).toList());
        assertEquals(new BigDecimal("10.0000"), round(months.get(java.time.YearMonth.of(2024, 2))));
        assertEquals(new BigDecimal("15.0000"), round(months.get(java.time.YearMonth.of(2024, 3))));
        assertEquals(new BigDecimal("20.0000"), round(months.get(java.time.YearMonth.of(2024, 5))));
    }

    private static List<FillUp> parse(String chain) {
        List<FillUp> fillUps = new ArrayList<>();
        for (String entry : chain.split(";")) {
            String[] f = entry.trim().split("\\s+");
            fillUps.add(fillUp(fillUps.size() + 1, f[0], f[1], f[2], f[3], null));
        }
        return fillUps;
    }

    private static FillUp fillUp(long id, String date, String odometer, String quantity, String flags, String fuel) {
        return new FillUp(id, date(date), "-".equals(odometer) ? null : new BigDecimal(odometer),
                new BigDecimal(quantity), flags.contains("F"), flags.contains("M"), fuel);
    }

    private static Map<Long, BigDecimal> parseExpected(String text) {
        Map<Long, BigDecimal> expected = new HashMap<>();
        if (!"-".equals(text.trim())) {
            for (String pair : text.split(",")) {
                String[] kv = pair.trim().split("=");
                expected.put(Long.parseLong(kv[0]), new BigDecimal(kv[1]).setScale(4));
            }
        }
        return expected;
    }

    private static LocalDate date(String monthDay) {
        return LocalDate.parse("2024-" + monthDay);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
