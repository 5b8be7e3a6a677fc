package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MakeNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BMW             | BMW
            PORSCHE         | Porsche
            MERCEDES-BENZ   | Mercedes-Benz
            ALFA ROMEO      | Alfa Romeo
            MV AGUSTA       | MV Agusta
            HARLEY-DAVIDSON | Harley-Davidson
            TH!NK           | TH!NK
            ŠKODA           | Škoda
            """)
    void vpicLabelsAreWrittenAsPeopleWriteMakes(String label, String display) {
        assertEquals(display, MakeName.display(label));
    }
}
