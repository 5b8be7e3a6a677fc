package com.motovaultpro.vin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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

    /** How much position 7 says (see {@link VehicleKind#northAmericanCycle}). */
    enum Cycle {
        /** It decides the cycle: the years of the other cycle are no candidates. */
        DECIDES,
        /** It names the likelier cycle: its years come first. */
        SUGGESTS,
        /** Nothing: the candidates come oldest first. */
        NONE
    }

    private ModelYears() {
    }

    /** The candidate years up to next year (model years run a year ahead), oldest first unless position 7 says otherwise. */
    static List<Integer> candidates(String vin, Cycle cycle, int currentYear) {
        int code = CODES.indexOf(vin.charAt(YEAR_INDEX));
        if (code < 0) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_YEAR + code; year <= currentYear + 1; year += CYCLE) {
            years.add(year);
        }
        if (cycle == Cycle.NONE) {
            return List.copyOf(years);
        }
        int cycleStart = FIRST_YEAR + (Character.isLetter(vin.charAt(CYCLE_INDEX)) ? CYCLE : 0);
        Predicate<Integer> inCycle = y -> y >= cycleStart && y < cycleStart + CYCLE;
        List<Integer> likely = years.stream().filter(inCycle).toList();
        if (cycle == Cycle.DECIDES) {
            return likely;
        }
        List<Integer> ordered = new ArrayList<>(likely);
        years.stream().filter(inCycle.negate()).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
