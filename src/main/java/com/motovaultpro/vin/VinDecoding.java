package com.motovaultpro.vin;

import java.util.List;
import java.util.Optional;

/**
 * What a VIN says offline.
 *
 * @param wmi the world manufacturer identifier: 3 characters, or 6 for a small manufacturer
 *     (a 9 in position 3, the rest in positions 12–14)
 * @param country ISO 3166-1 code of the country the WMI prefix was allocated to, if known
 * @param makes the makes vPIC associates with the WMI (several when it cannot tell them apart)
 * @param kinds the vehicle types of those assignments
 * @param modelYears the years position 10 can stand for, oldest first
 * @param modelYearCertain whether the rules leave exactly one year (North-American light vehicles);
 *     otherwise the person confirms one
 */
public record VinDecoding(String vin, Vin.CheckDigit checkDigit, String wmi, VinRegion region, Optional<String> country,
        List<String> makes, List<VehicleKind> kinds, List<Integer> modelYears, boolean modelYearCertain) {
}
