package com.motovaultpro.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.vehicle.FuelType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that need the vehicle: a reading below an earlier-dated one is refused unless confirmed,
 * and a fill-up's fuel must be one the vehicle runs on.
 */
class RecordContextRulesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            higher than the earlier reading            | 5100 |          | false | GASOLINE |          |
            equal to the earlier reading               | 5000 |          | false | GASOLINE |          |
            lower than the earlier reading             | 4000 |          | false | GASOLINE |          | odometer
            lower, but confirmed                       | 4000 |          | true  | GASOLINE |          |
            lower, no earlier reading at all           | 4000 | none     | false | GASOLINE |          |
            no odometer given                          |      |          | false | GASOLINE |          |
            fuel the vehicle runs on (second fuel)     | 5100 |          | false | GASOLINE | ELECTRIC |
            fuel the vehicle does not run on           | 5100 |          | false | GASOLINE | DIESEL   | fuelType
            both wrong                                 | 4000 |          | false | GASOLINE | DIESEL   | fuelType odometer
            """)
    void violations(String rule, BigDecimal odometer, String earlier, boolean confirmed, FuelType vehicleFuel,
                    FuelType recordFuel, String expectedFields) {
        FuelRecord record = new FuelRecord();
        record.setDate(LocalDate.of(2024, 2, 1));
        record.setQuantity(new BigDecimal("40"));
        record.setOdometer(odometer);
        record.setFuelType(recordFuel);
        record.setLowerOdometerConfirmed(confirmed);
        Optional<RecordContext.EarlierReading> reading = "none".equals(earlier) ? Optional.empty()
                : Optional.of(new RecordContext.EarlierReading(new BigDecimal("5000"), LocalDate.of(2024, 1, 1)));
        ((LogbookRecord) record).useContext(new RecordContext(List.of(vehicleFuel, FuelType.ELECTRIC), reading));

        Set<ConstraintViolation<FuelRecord>> violations = VALIDATOR.validate(record);

        assertEquals(expectedFields == null ? "" : expectedFields, violations.stream()
                .map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.joining(" ")));
        violations.stream().filter(v -> v.getPropertyPath().toString().equals("odometer"))
                .forEach(v -> assertEquals(true, v.getMessage().endsWith("(5000, 2024-01-01)"), v.getMessage()));
    }
}
