package com.motovaultpro.vin;

/**
 * The continent a VIN's first character names (ISO 3780), with the two later reallocations: H
 * went to China, and 7F–70 to the United States (6 and the rest of 7 stay Oceania's).
 */
public enum VinRegion {
    AFRICA, ASIA, EUROPE, NORTH_AMERICA, OCEANIA, SOUTH_AMERICA;

    /** @param vin at least its first two characters, of the VIN alphabet */
    static VinRegion of(String vin) {
        char first = vin.charAt(0);
        if (Vin.isUnitedStatesExtension(vin)) {
            return NORTH_AMERICA;
        }
        if (first >= 'A' && first <= 'G') {
            return AFRICA;
        }
        if (first >= 'H' && first <= 'R') {
            return ASIA;
        }
        if (first >= 'S' && first <= 'Z') {
            return EUROPE;
        }
        if (first >= '1' && first <= '5') {
            return NORTH_AMERICA;
        }
        if (first == '6' || first == '7') {
            return OCEANIA;
        }
        return SOUTH_AMERICA; // 8, 9 and 0
    }
}
