package com.motovaultpro.vin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;

/** Decodes a VIN offline, from the tables shipped with the app. */
@ApplicationScoped
public class VinDecoder {

    private static final int SMALL_MANUFACTURER_INDEX = 2;
    private static final char SMALL_MANUFACTURER = '9';

    private final WmiTable manufacturers;
    private final VinCountries countries;
    private final Clock clock;

    public VinDecoder() {
        this(WmiTable.shipped(), VinCountries.shipped(), Clock.systemUTC());
    }

    VinDecoder(WmiTable manufacturers, VinCountries countries, Clock clock) {
        this.manufacturers = manufacturers;
        this.countries = countries;
        this.clock = clock;
    }

    /**
     * @param vin a VIN with {@linkplain Vin#hasValidCharacters valid characters}, normalized
     * @throws IllegalArgumentException if it has not
     */
    public VinDecoding decode(String vin) {
        if (vin == null || !Vin.hasValidCharacters(vin)) {
            throw new IllegalArgumentException("Not a VIN: " + vin);
        }
        boolean small = vin.charAt(SMALL_MANUFACTURER_INDEX) == SMALL_MANUFACTURER;
        String wmi = small ? vin.substring(0, 3) + vin.substring(11, 14) : vin.substring(0, 3);
        // The table holds three-character WMIs only: a small manufacturer's 9 must not match another's.
        List<WmiTable.Assignment> assignments = small ? List.of() : manufacturers.assignments(wmi);
        VinRegion region = VinRegion.of(vin);
        ModelYears.Cycle cycle = region != VinRegion.NORTH_AMERICA || assignments.isEmpty() ? ModelYears.Cycle.NONE
                : assignments.stream().map(a -> a.kind().northAmericanCycle())
                        .max(Comparator.naturalOrder()).orElseThrow(); // the least it says for any of them
        List<Integer> years = ModelYears.candidates(vin, cycle, Year.now(clock).getValue());
        return new VinDecoding(vin, Vin.checkDigit(vin), wmi, region, countries.country(vin),
                assignments.stream().map(WmiTable.Assignment::make).distinct().toList(),
                assignments.stream().map(WmiTable.Assignment::kind).distinct().toList(),
                years, cycle == ModelYears.Cycle.DECIDES && years.size() == 1);
    }

    /** What the manufacturer table was built from, and its date. */
    public String source() {
        return manufacturers.source();
    }
}
