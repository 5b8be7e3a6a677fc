package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowErrorsTest {

    @Test
    void keepsTheFirstLinesWhateverOrderTheyComeInAndCountsThemAll() {
        RowErrors errors = new RowErrors(3);
        for (long line : new long[] {9, 4, 7, 2, 8, 4}) {
            errors.add(new RowError(line, "c" + line, "m"));
        }
        assertEquals(6, errors.count());
        assertEquals(List.of(2L, 4L, 4L), errors.first().stream().map(RowError::line).toList());
    }

    @Test
    void oneLinesProblemsStayInTheOrderFoundAndTwoListsMerge() {
        RowErrors first = new RowErrors(10);
        first.add(new RowError(5, "Date", "a"));
        first.add(new RowError(5, "Cost", "b"));
        RowErrors second = new RowErrors(10);
        second.add(new RowError(3, "Odometer", "c"));
        RowErrors all = first.with(second);
        assertEquals(List.of("Odometer", "Date", "Cost"), all.first().stream().map(RowError::column).toList());
        assertEquals(3, all.count());
        assertTrue(new RowErrors(1).isEmpty());
    }
}
