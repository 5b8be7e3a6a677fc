package com.motovaultpro.transfer;

import com.motovaultpro.fuel.EconomyService.Figures;
import com.motovaultpro.platform.units.EconomyUnit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a file's {@code FuelEconomy} value (LubeLogger writes its own calculation there, in the
 * person's unit, 0 where it has none) disagrees with the economy our rules give the fill-up. The
 * file may be in any unit, so it agrees if it matches ours in any unit that applies to the fuel,
 * within rounding: 0.06 or 1 %, whichever is larger.
 */
final class EconomyDisagreement {

    private static final BigDecimal ABSOLUTE = new BigDecimal("0.06");
    private static final BigDecimal RELATIVE = new BigDecimal("0.01");

    private EconomyDisagreement() {
    }

    /** What to tell the person about this row, if the file and we disagree. */
    static Optional<String> of(BigDecimal inFile, Optional<Figures> ours) {
        if (inFile == null || inFile.signum() <= 0) {
            return Optional.empty();
        }
        String given = inFile.stripTrailingZeros().toPlainString();
        if (ours.isEmpty()) {
            return Optional.of("the file gives an economy of " + given + "; by our rules this fill-up has none"
                    + " (a first fill-up, a partial one, or one after a missed fill-up)");
        }
        BigDecimal tolerance = ABSOLUTE.max(inFile.multiply(RELATIVE));
        if (ours.get().inEveryUnit().stream().anyMatch(value -> value.subtract(inFile).abs().compareTo(tolerance) <= 0)) {
            return Optional.empty();
        }
        EconomyUnit unit = ours.get().unit();
        return Optional.of("the file gives an economy of " + given + "; by our rules it is "
                + ours.get().shown().stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + label(unit)));
    }

    private static String label(EconomyUnit unit) {
        return switch (unit) {
            case MPG_US -> "mpg (US)";
            case MPG_UK -> "mpg (UK)";
            case LITRES_PER_100_KM -> "L/100 km";
            case KM_PER_LITRE -> "km/L";
            case MILES_PER_KWH -> "mi/kWh";
            case KWH_PER_100_KM -> "kWh/100 km";
        };
    }
}
