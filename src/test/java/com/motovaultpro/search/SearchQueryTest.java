package com.motovaultpro.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest(name = "''{0}'': text ''{1}'', amount {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            oil filter            | oil filter        | -
            '  oil   filter  '    | oil filter        | -
            61.25                 | 61.25             | 61.25
            61,25                 | 61,25             | 61.25
            tyres 480             | tyres 480         | 480
            paid 61.5 at Shell    | paid 61.5 at Shell | 61.5
            W712/95               | W712/95           | -
            A123                  | A123              | -
            2024-05-01            | 2024-05-01        | -
            1.234.567             | 1.234.567         | -
            61.255                | 61.255            | -
            €61.25                | €61.25            | 61.25
            """)
    void wordsAndAnAmount(String typed, String text, BigDecimal amount) {
        SearchQuery query = SearchQuery.of(typed);
        assertEquals(text, query.text());
        assertEquals(Optional.ofNullable(amount), query.amount());
    }

    @ParameterizedTest(name = "refused: ''{0}''")
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsRefused(String typed) {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of(typed));
    }

    @Test
    void longerThan200CharactersIsRefused() {
        assertEquals("x".repeat(200), SearchQuery.of("x".repeat(200)).text());
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of(null));
    }
}
