package com.motovaultpro.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Using part of a supply: the quantity goes down and the cost of what was used moves to the
 * record that used it, at the supply's unit price. Rounding happens once, on the used share, and
 * the remainder is what is left, so no cent is created or lost: used + remaining = before.
 *
 * @param remainingQuantity what is left of the supply
 * @param remainingCost     what the rest cost
 * @param usedCost          what the used part cost
 */
public record SupplyConsumption(BigDecimal remainingQuantity, BigDecimal remainingCost, BigDecimal usedCost) {

    /** Why a supply cannot give the quantity asked for. */
    public static final class NotEnoughSupply extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final BigDecimal available;

        NotEnoughSupply(String message, BigDecimal available) {
            super(message, null, false, false);
            this.available = available;
        }

        /** What the supply holds, when the quantity asked for was more than that; null for a bad quantity. */
        public BigDecimal available() {
            return available;
        }
    }

    /**
     * Takes {@code used} from a supply of {@code quantity} that cost {@code cost} (null = free).
     *
     * @throws NotEnoughSupply if {@code used} is not positive or more than the supply holds
     */
    public static SupplyConsumption consume(BigDecimal quantity, BigDecimal cost, BigDecimal used) {
        if (used == null || used.signum() <= 0) {
            throw new NotEnoughSupply("the quantity used must be more than 0", null);
        }
        if (quantity == null || used.compareTo(quantity) > 0) {
            BigDecimal left = quantity == null ? BigDecimal.ZERO : quantity.stripTrailingZeros();
            throw new NotEnoughSupply("only " + left.toPlainString() + " left", left);
        }
        BigDecimal total = cost == null ? BigDecimal.ZERO.setScale(2) : cost.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal usedCost = used.compareTo(quantity) == 0 ? total
                : total.multiply(used).divide(quantity, 2, RoundingMode.HALF_EVEN);
        return new SupplyConsumption(quantity.subtract(used), total.subtract(usedCost), usedCost);
    }
}
