package com.motovaultpro.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableOrderTest {

    /** "a>b c>a" means a references b, c references a. */
    private static Map<String, Set<String>> references(String edges) {
        Map<String, Set<String>> references = TableOrder.empty();
        for (String edge : edges.isBlank() ? new String[0] : edges.trim().split("\\s+")) {
            String[] ends = edge.split(">");
            TableOrder.add(references, ends[0], ends[1]);
        }
        return references;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c                                        |                                  | a b c
            vehicle user_account                         | vehicle>user_account             | user_account vehicle
            document logbook_record vehicle user_account | document>logbook_record document>vehicle logbook_record>vehicle vehicle>user_account document>user_account | user_account vehicle logbook_record document
            record supply_use                            | supply_use>record supply_use>record record>record | record supply_use
            b a                                          | a>outside                        | a b
            share vehicle user_account                   | share>vehicle share>user_account vehicle>user_account | user_account vehicle share
            """)
    void everyTableComesAfterTheTablesItReferences(String tables, String edges, String expected) {
        List<String> order = TableOrder.of(Arrays.asList(tables.split(" ")), references(edges == null ? "" : edges));
        assertEquals(Arrays.asList(expected.split(" ")), order);
        references(edges == null ? "" : edges).forEach((table, needs) -> needs.stream()
                .filter(order::contains).filter(n -> !n.equals(table))
                .forEach(n -> assertTrue(order.indexOf(n) < order.indexOf(table), n + " before " + table)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a b   | a>b b>a
            a b c | a>b b>c c>a
            """)
    void aCycleBetweenTablesIsRefused(String tables, String edges) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableOrder.of(Arrays.asList(tables.split(" ")), references(edges)));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }
}
