package com.motovaultpro.transfer;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file as spreadsheets and LubeLogger write them: UTF-8 with or without a
 * byte order mark, CRLF or LF, quoted values with commas, quotes and line breaks (RFC 4180, parsed
 * by Apache Commons CSV), separated by commas — or by semicolons or tabs, as European spreadsheets
 * save, detected from the header line. Streams: one row at a time reaches the handler. Bounded
 * before anything grows: a row over {@link #MAX_LINE_CHARS} characters (a quoted value's line
 * breaks included), a row over {@link #MAX_FIELDS} values or a file over {@link #MAX_ROWS} rows
 * stops the file.
 */
public final class CsvFileReader {

    public static final int MAX_LINE_CHARS = 65_536;
    public static final int MAX_FIELDS = 200;
    /**
     * Rows per file: a file is imported in one transaction, and an import keeps a few bytes per
     * row while it settles the odometer order. 100,000 rows take about 30 s here (docs/benchmarks.md).
     */
    public static final int MAX_ROWS = 100_000;

    /** Receives the header once, then every non-empty row with the file line it starts on. */
    public interface Handler {
        void header(List<String> names);

        void row(long line, List<String> values);
    }

    private CsvFileReader() {
    }

    public static void read(InputStream in, Handler handler) {
        try (BufferedReader text = new BufferedReader(new BoundedLines(utf8(in)), 8192)) {
            skipByteOrderMark(text);
            char delimiter = delimiterOf(text);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                long nextLine = 1;
                long rows = 0;
                boolean headerSeen = false;
                for (CSVRecord record : parser) {
                    long line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (record.size() > MAX_FIELDS) {
                        throw new CsvFileException(line, "more than " + MAX_FIELDS + " values in one row");
                    }
                    List<String> values = new ArrayList<>(record.size());
                    record.forEach(values::add);
                    if (values.stream().allMatch(String::isBlank)) {
                        continue; // blank lines are records of their own, so every line keeps its number
                    }
                    if (!headerSeen) {
                        handler.header(values);
                        headerSeen = true;
                    } else if (++rows > MAX_ROWS) {
                        throw new CsvFileException(line, "more than " + MAX_ROWS + " rows: split the file");
                    } else {
                        handler.row(line, values);
                    }
                }
                if (!headerSeen) {
                    throw new CsvFileException(0, "the file is empty: a header row is required");
                }
            } catch (UncheckedIOException e) {
                throw asFileProblem(e.getCause());
            }
        } catch (IOException e) {
            throw asFileProblem(e);
        }
    }

    private static CsvFileException asFileProblem(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new CsvFileException(0, "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        }
        if (e instanceof LineTooLong tooLong) {
            return new CsvFileException(tooLong.line, "a row is longer than " + MAX_LINE_CHARS + " characters");
        }
        return new CsvFileException(0, "the file cannot be read as CSV: " + e.getMessage());
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    /** The most frequent of {@code , ; tab} outside quotes in the first line; a comma if none. */
    static char delimiterOf(BufferedReader text) throws IOException {
        text.mark(MAX_LINE_CHARS + 1);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int c = text.read(), read = 1; c != -1 && read <= MAX_LINE_CHARS; c = text.read(), read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        text.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Thrown when a physical line grows past the limit. */
    static final class LineTooLong extends IOException {
        final long line;

        LineTooLong(long line) {
            super("line " + line + " too long");
            this.line = line;
        }
    }

    /**
     * Counts the characters of the current row — since the last line break outside quotes, so a
     * quoted value cannot grow past the limit across lines — and stops one that grows past it.
     */
    private static final class BoundedLines extends FilterReader {
        private long line = 1;
        private int length;
        private boolean quoted;
        private char previous = '\n';

        BoundedLines(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c != -1) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int read = super.read(buffer, offset, count);
            for (int i = 0; i < read; i++) {
                count(buffer[offset + i]);
            }
            return read;
        }

        private void count(char c) throws LineTooLong {
            if (c == '"' && (quoted || previous == '\n' || previous == ',' || previous == ';' || previous == '\t')) {
                // A quote opens a value only at the start of a field (a stray one inside an
                // unquoted value is text); inside, a doubled quote closes and the next one, not at
                // a field start, does not reopen: at worst a row counts as ended early, never late.
                quoted = !quoted;
            }
            previous = c;
            if (c == '\n') {
                line++;
                if (!quoted) {
                    length = 0;
                    return;
                }
            }
            if (++length > MAX_LINE_CHARS) {
                throw new LineTooLong(line);
            }
        }
    }
}
