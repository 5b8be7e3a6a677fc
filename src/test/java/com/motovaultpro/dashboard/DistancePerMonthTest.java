package com.motovaultpro.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistancePerMonthTest {

    /** Months as "yyyy-MM lowest highest" → expected "yyyy-MM=distance" list and total. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no readings", List.of(), "", "0"),
                Arguments.of("one month: highest minus lowest", List.of("2024-01 1000 1600"), "2024-01=600", "600"),
                Arguments.of("one reading: nothing driven yet", List.of("2024-01 1000 1000"), "2024-01=0", "0"),
                Arguments.of("next month counts from the previous month's highest, not its own lowest",
                        List.of("2024-01 1000 1600", "2024-02 1700 2000"), "2024-01=600 2024-02=400", "1000"),
                Arguments.of("a month without readings is zero; the distance lands in the next month with one",
                        List.of("2024-01 1000 1600", "2024-03 2100 2500"), "2024-01=600 2024-02=0 2024-03=900", "1500"),
                Arguments.of("rows out of order are sorted",
                        List.of("2024-02 1700 2000", "2024-01 1000 1600"), "2024-01=600 2024-02=400", "1000"),
                Arguments.of("a lower reading later (corrected odometer) is zero, never negative",
                        List.of("2024-01 1000 1600", "2024-02 1200 1500", "2024-03 1650 1700"),
                        "2024-01=600 2024-02=0 2024-03=100", "700"),
                Arguments.of("decimal odometers (engine hours)",
                        List.of("2024-05 10.5 12.25", "2024-06 12.5 13.0"), "2024-05=1.75 2024-06=0.75", "2.50"),
                Arguments.of("across a year end",
                        List.of("2023-12 500 800", "2024-01 900 1000"), "2023-12=300 2024-01=200", "500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void distancePerMonth(String name, List<String> rows, String expected, String total) {
        DistancePerMonth distance = new DistancePerMonth(rows.stream().map(DistancePerMonthTest::readings).toList());
        assertEquals(expected, distance.months().stream()
                .map(m -> m.month() + "=" + m.distance().toPlainString()).collect(Collectors.joining(" ")));
        assertEquals(0, new BigDecimal(total).compareTo(distance.total()), "total " + distance.total());
    }

    /** today, window months → average per day (4 decimals) or "-". */
    static Stream<Arguments> averages() {
        List<String> year = List.of("2024-01 0 310", "2024-02 320 600", "2024-03 610 920");
        return Stream.of(
                // Jan 1 – Mar 31 2024 = 91 days, 920 driven (Jan counts from its lowest)
                Arguments.of(year, "2024-03-31", 3, "10.1099"),
                // mid-month: Mar 1 – Mar 16 = 16 days, 320 driven in March
                Arguments.of(year, "2024-03-16", 1, "20.0000"),
                Arguments.of(year, "2024-06-30", 2, "-"),
                Arguments.of(List.of(), "2024-03-31", 3, "-"));
    }

    @ParameterizedTest
    @MethodSource("averages")
    void dailyAverageForProjection(List<String> rows, String today, int months, String expected) {
        Optional<BigDecimal> average = new DistancePerMonth(rows.stream().map(DistancePerMonthTest::readings).toList())
                .dailyAverage(LocalDate.parse(today), months);
        assertEquals(expected, average.map(BigDecimal::toPlainString).orElse("-"));
    }

    static MonthlyReadings readings(String row) {
        String[] p = row.split(" ");
        return new MonthlyReadings(YearMonth.parse(p[0]), new BigDecimal(p[1]), new BigDecimal(p[2]));
    }

}
