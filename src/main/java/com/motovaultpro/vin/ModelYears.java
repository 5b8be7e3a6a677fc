package com.motovaultpro.vin;

import java.util.ArrayList;
import java.util.List;

/**
 * The model years position 10 of a VIN can stand for. Its 30 codes repeat every 30 years
 * (A = 1980 and 2010, Y = 2000 and 2030, 1 = 2001 and 2031); for North-American cars, MPVs and
 * light trucks, position 7 says which cycle (a digit: 1980–2009, a letter: 2010–2039). Elsewhere
 * position 10 is often not a year at all, so every candidate is offered for the person to confirm.
 */
final class ModelYears {

    private static final String CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final int FIRST_YEAR = 1980;
    private static final int CYCLE = 30;
    private static final int YEAR_INDEX = 9;
    private static final int CYCLE_INDEX = 6;

    private ModelYears() {
    }

    /**
     * The candidate years, oldest first, up to next year (model years run a year ahead).
     *
     * @param northAmericanCycle whether position 7 decides the cycle
     */
    static List<Integer> candidates(String vin, boolean northAmericanCycle, int currentYear) {
        int code = CODES.indexOf(vin.charAt(YEAR_INDEX));
        if (code < 0) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_YEAR + code; year <= currentYear + 1; year += CYCLE) {
            years.add(year);
        }
        if (northAmericanCycle) {
            boolean secondCycle = Character.isLetter(vin.charAt(CYCLE_INDEX));
            int cycleStart = FIRST_YEAR + (secondCycle ? CYCLE : 0);
            years.removeIf(y -> y < cycleStart || y >= cycleStart + CYCLE);
        }
        return List.copyOf(years);
    }
}
