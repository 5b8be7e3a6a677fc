package com.motovaultpro.vin;

/** The continent a VIN's first character names (ISO 3780). */
public enum VinRegion {
    AFRICA, ASIA, EUROPE, NORTH_AMERICA, OCEANIA, SOUTH_AMERICA;

    static VinRegion of(char first) {
        if (first >= 'A' && first <= 'H') {
            return AFRICA;
        }
        if (first >= 'J' && first <= 'R') {
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
