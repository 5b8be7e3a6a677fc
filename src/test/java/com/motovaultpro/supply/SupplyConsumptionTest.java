package com.motovaultpro.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Using part of a supply: stock and cost go down, the used part's cost moves, no cent is lost. */
class SupplyConsumptionTest {

    @ParameterizedTest(name = "{0} for {1}, use {2} -> {3} left for {4}, used part {5}")
    @CsvSource(textBlock = """
            5,     42.50,  1,     4,     34.00, 8.50
            5,     42.50,  5,     0,     0.00,  42.50
            5,     42.50,  2.5,   2.5,   21.25, 21.25
            3,     10.00,  1,     2,     6.67,  3.33
            3,     10.00,  2,     1,     3.33,  6.67
            4.5,   ,       1.5,   3.0,   0.00,  0.00
            0.750, 9.99,   0.250, 0.500, 6.66,  3.33
            7,     0.01,   1,     6,     0.01,  0.00
            1,     100,    1,     0,     0.00,  100.00
            """)
    void consumes(BigDecimal quantity, BigDecimal cost, BigDecimal used, BigDecimal left, BigDecimal leftCost,
                  BigDecimal usedCost) {
        SupplyConsumption c = SupplyConsumption.consume(quantity, cost, used);
        assertEquals(0, left.compareTo(c.remainingQuantity()), "remaining quantity " + c.remainingQuantity());
        assertEquals(leftCost, c.remainingCost());
        assertEquals(usedCost, c.usedCost());
        BigDecimal before = cost == null ? new BigDecimal("0.00") : cost.setScale(2);
        assertEquals(before, c.remainingCost().add(c.usedCost()), "no cent created or lost");
    }

    @ParameterizedTest(name = "{0} in stock, use {1}: refused")
    @CsvSource(textBlock = """
            5,  6
            5,  5.001
            0,  1
            5,  0
            5,  -1
            ,   1
            """)
    void refusesWhatIsNotThere(BigDecimal quantity, BigDecimal used) {
        assertThrows(SupplyConsumption.NotEnoughSupply.class,
                () -> SupplyConsumption.consume(quantity, new BigDecimal("10"), used));
    }
}
