package com.motovaultpro.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** User text in a log line cannot forge lines (control characters become '?') and is cut at 80 characters. */
class LogSafeTest {

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                arguments("plain text", "plain text"),
                arguments("alice\nERROR forged line", "alice?ERROR forged line"),
                arguments("a\r\nb", "a??b"),
                arguments("tab\there", "tab?here"),
                arguments("nul\u0000byte", "nul?byte"),
                arguments("del\u007fchar", "del?char"),
                arguments("esc\u001b[31mred", "esc?[31mred"),
                arguments("Grüße, 東京 €", "Grüße, 東京 €"));
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @MethodSource("controlCharacters")
    void replacesControlCharacters(String input, String expected) {
        assertEquals(expected, LogSafe.text(input));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", LogSafe.text(null));
    }

    @Test
    void eightyCharactersAreKept() {
        String text = "a".repeat(80);
        assertEquals(text, LogSafe.text(text));
    }

    @Test
    void longerTextIsCutAtEightyWithAnEllipsis() {
        assertEquals("b".repeat(80) + "…", LogSafe.text("b".repeat(81)));
        assertEquals("c".repeat(80) + "…", LogSafe.text("c".repeat(5000)));
    }

    @Test
    void controlCharactersAreReplacedBeforeCutting() {
        assertEquals("?".repeat(80) + "…", LogSafe.text("\n".repeat(100)));
    }
}
