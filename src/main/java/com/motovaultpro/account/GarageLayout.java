package com.motovaultpro.account;

import java.io.Serializable;

/**
 * How a user wants their garage: the figure each tile shows and the order of the tiles.
 *
 * @param figure total cost, or cost per distance driven
 * @param sort   the tiles' order
 */
public record GarageLayout(Figure figure, Sort sort) implements Serializable {

    public static final GarageLayout DEFAULT = new GarageLayout(Figure.TOTAL_COST, Sort.IDENTIFIER);

    /** The money figure on a tile. */
    public enum Figure {
        TOTAL_COST,
        COST_PER_DISTANCE
    }

    /** The order of the tiles. */
    public enum Sort {
        /** Plate, else VIN, else year-make-model, A to Z. */
        IDENTIFIER,
        /** Newest model year first. */
        YEAR,
        /** Highest current odometer first. */
        ODOMETER,
        /** Most urgent reminder first; vehicles without one last. */
        URGENCY,
        /** Most money spent first. */
        COST
    }

    public GarageLayout {
        figure = figure == null ? Figure.TOTAL_COST : figure;
        sort = sort == null ? Sort.IDENTIFIER : sort;
    }
}
