package com.motovaultpro.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record the search found.
 *
 * @param vehicleId null for a shop supply (a supply of the person's that belongs to no vehicle)
 * @param vehicle the vehicle's identifier (plate or year, make and model); null for a shop supply
 * @param recordType FUEL, SERVICE, … as in the record's type
 * @param summary its description or title, else the start of its notes
 */
public record SearchHit(long id, String recordType, Long vehicleId, String vehicle, LocalDate date, String summary,
        BigDecimal cost, List<String> tags) {
}
