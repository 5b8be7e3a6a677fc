package com.motovaultpro.vehicle;

import com.motovaultpro.account.GarageLayout;
import com.motovaultpro.reminder.Urgency;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One vehicle on the garage page with the figures its tile shows, and the pure rules for ordering
 * and filtering tiles.
 *
 * @param role            the caller's role on it (OWNER for their own vehicles)
 * @param currentOdometer null before anything was recorded
 * @param urgency         of the most urgent open reminder; null without one
 * @param totalCost       money spent (zero when nothing was)
 * @param costPerDistance null without distance driven
 */
public record GarageTile(Vehicle vehicle, VehicleRole role, BigDecimal currentOdometer, Urgency urgency, String reminder,
                         BigDecimal totalCost, BigDecimal costPerDistance, Long photoId) {

    /** Tiles in the order the user chose; ties (and missing figures, always last) by identifier. */
    public static Comparator<GarageTile> order(GarageLayout.Sort sort) {
        Comparator<GarageTile> byIdentifier = Comparator.comparing(t -> t.vehicle().getIdentifier().toLowerCase(Locale.ROOT));
        Comparator<GarageTile> first = switch (sort) {
            case IDENTIFIER -> byIdentifier;
            case YEAR -> Comparator.comparing((GarageTile t) -> t.vehicle().getYear(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case ODOMETER -> Comparator.comparing(GarageTile::currentOdometer, Comparator.nullsLast(Comparator.reverseOrder()));
            case URGENCY -> Comparator.comparing(GarageTile::urgency, Comparator.nullsLast(Comparator.naturalOrder()));
            case COST -> Comparator.comparing(GarageTile::totalCost, Comparator.nullsLast(Comparator.reverseOrder()));
        };
        return first.thenComparing(byIdentifier).thenComparing(t -> t.vehicle().getId(),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /**
     * Whether the vehicle is someone else's, shared with the caller.
     */
    public boolean shared() {
        return role != VehicleRole.OWNER;
    }

    /**
     * Whether the tile matches what the user typed: every word must appear (ignoring case) in the
     * identifier, year, make, model, trim, plate or VIN. Blank matches everything.
     */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        Vehicle v = vehicle;
        String haystack = String.join(" ", v.getIdentifier(), String.valueOf(v.getYear()), v.getMake(), v.getModel(),
                Optional.ofNullable(v.getTrim()).orElse(""), Optional.ofNullable(v.getLicensePlate()).orElse(""),
                Optional.ofNullable(v.getVin()).orElse("")).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
