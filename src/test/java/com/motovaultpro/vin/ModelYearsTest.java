package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelYearsTest {

    @ParameterizedTest(name = "{0} (position 7 {1}) in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1HGCM82633A004352 | DECIDES  | 2026 | 2003
            1GKLVKED6AJ152841 | DECIDES  | 2026 | 2010
            1FMCU14T3JU402061 | DECIDES  | 2026 | 1988
            2C3CCACG6CH275007 | DECIDES  | 2026 | 2012
            WP0ZZZ99ZTS392124 | NONE     | 2026 | 1996 2026
            WP0ZZZ99ZTS392124 | NONE     | 2024 | 1996
            WP0CB29874U669313 | NONE     | 2026 | 2004
            WBSPM9C52BE209978 | NONE     | 2026 | 1981 2011
            JH4DC4340VS003205 | NONE     | 2026 | 1997 2027
            JH4DC4340VS003205 | NONE     | 2025 | 1997
            JTMW53FV60D023016 | NONE     | 2026 | ''
            WVWZZZ1JZZW386752 | NONE     | 2026 | ''
            1HGCM8263ZA004352 | DECIDES  | 2026 | ''
            1GCEC14W6TZ228585 | SUGGESTS | 2026 | 1996 2026
            1FTEW1EG5GFA00001 | SUGGESTS | 2026 | 2016 1986
            1XPBDP9X1GD000001 | SUGGESTS | 2026 | 1986 2016
            """)
    void positionTenAndSevenGiveTheCandidates(String vin, ModelYears.Cycle cycle, int currentYear, String expected) {
        List<Integer> years = expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(years, ModelYears.candidates(vin, cycle, currentYear));
    }
}
