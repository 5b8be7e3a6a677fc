package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files as spreadsheets and LubeLogger write them, and files that must stop at once. */
class CsvFileReaderTest {

    private record Read(List<String> header, List<Long> lines, List<List<String>> rows) {
    }

    private static Read read(byte[] bytes) {
        Read read = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        CsvFileReader.read(new ByteArrayInputStream(bytes), new CsvFileReader.Handler() {
            @Override
            public void header(List<String> names) {
                read.header().addAll(names);
            }

            @Override
            public void row(long line, List<String> values) {
                read.lines().add(line);
                read.rows().add(values);
            }
        });
        return read;
    }

    private static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void crlfWithAByteOrderMarkAndQuotedCommasQuotesAndLineBreaks() {
        Read read = read("\uFEFFDate,Notes,Cost\r\n2024-01-19,\"Oil, filter and \"\"the\"\" rest\",10\r\n"
                + "2024-01-20,\"two\r\nlines\",20\r\n\r\n2024-01-21,plain,30\r\n");
        assertEquals(List.of("Date", "Notes", "Cost"), read.header(), "the byte order mark is not part of the first header");
        assertEquals(List.of("2024-01-19", "Oil, filter and \"the\" rest", "10"), read.rows().get(0));
        assertEquals("two\r\nlines", read.rows().get(1).get(1));
        assertEquals(List.of(2L, 3L, 6L), read.lines(), "a row's line in the file, blank lines skipped");
    }

    @Test
    void semicolonsAndTabsAreDetectedFromTheHeader() {
        Read semicolons = read("Date;Cost;Notes\n19.01.2024;1.234,56;\"a;b, c\"\n");
        assertEquals(List.of("19.01.2024", "1.234,56", "a;b, c"), semicolons.rows().get(0));
        Read tabs = read("Date\tCost\n2024-01-19\t12.5\n");
        assertEquals(List.of("2024-01-19", "12.5"), tabs.rows().get(0));
        Read commas = read("\"Date;odd\",Cost\n2024-01-19,12.5\n");
        assertEquals(List.of("Date;odd", "Cost"), commas.header(), "a quoted semicolon does not count");
    }

    @Test
    void fileProblemsStopReadingWithTheirLine() {
        assertEquals("the file is empty: a header row is required",
                assertThrows(CsvFileException.class, () -> read("")).getMessage());
        CsvFileException longLine = assertThrows(CsvFileException.class,
                () -> read("Date,Notes\n2024-01-19,ok\n2024-01-20," + "x".repeat(CsvFileReader.MAX_LINE_CHARS + 1) + "\n"));
        assertEquals(3, longLine.line());
        CsvFileException tallValue = assertThrows(CsvFileException.class,
                () -> read("Date,Notes\n2024-01-19,\"" + "x\n".repeat(CsvFileReader.MAX_LINE_CHARS / 2 + 1) + "\"\n"),
                "a quoted value's line breaks do not start a new row");
        assertTrue(tallValue.getMessage().contains("row is longer"), tallValue.getMessage());
        StringBuilder strayQuotes = new StringBuilder("Date,Notes\n");
        int written = 0;
        while (strayQuotes.length() <= 2 * CsvFileReader.MAX_LINE_CHARS) {
            strayQuotes.append("2024-01-19,a 5\" tyre\n");
            written++;
        }
        Read stray = read(strayQuotes.toString());
        assertEquals(written, stray.rows().size(), "a quote inside an unquoted value does not make the rest one long row");
        assertEquals("a 5\" tyre", stray.rows().get(0).get(1));
        CsvFileException tooMany = assertThrows(CsvFileException.class,
                () -> read("Date\n" + "2024-01-19\n".repeat(CsvFileReader.MAX_ROWS + 1)));
        assertEquals(CsvFileReader.MAX_ROWS + 2, tooMany.line());
        CsvFileException wide = assertThrows(CsvFileException.class,
                () -> read("Date\n" + ",".repeat(CsvFileReader.MAX_FIELDS) + "\n"));
        assertEquals(2, wide.line());
        CsvFileException latin1 = assertThrows(CsvFileException.class,
                () -> read(new byte[] {'D', 'a', 't', 'e', '\n', 'M', (byte) 0xFC, 'n', '\n'}));
        assertTrue(latin1.getMessage().contains("not UTF-8"), latin1.getMessage());
    }
}
