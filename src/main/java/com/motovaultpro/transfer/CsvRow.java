package com.motovaultpro.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a file, read by column: blank and missing values are absent; a value that cannot be
 * read is absent too and leaves a {@link RowError} naming the column as the file wrote it.
 */
public final class CsvRow {

    /** Longest text a single value may have (notes included). */
    static final int MAX_VALUE_LENGTH = 10_000;

    private final long line;
    private final List<String> values;
    private final CsvHeader header;
    private final LocalizedValues parse;
    private final List<RowError> errors = new ArrayList<>();

    public CsvRow(long line, List<String> values, CsvHeader header, LocalizedValues parse) {
        this.line = line;
        this.values = values;
        this.header = header;
        this.parse = parse;
    }

    public long line() {
        return line;
    }

    /** The value of the column, stripped; empty when the file has no such column or the cell is blank. */
    public Optional<String> text(Column column) {
        return header.indexOf(column).flatMap(this::at);
    }

    public boolean has(Column column) {
        return text(column).isPresent();
    }

    public Optional<LocalDate> date(Column column) {
        return text(column).flatMap(value -> readOrRefuse(column, parse.date(value),
                "not a date (use 2024-01-19 or the date style of " + parse.locale().toLanguageTag() + ")"));
    }

    public Optional<BigDecimal> number(Column column) {
        return text(column).flatMap(value -> readOrRefuse(column, parse.number(value),
                "not a number (use 1234.56 or the number style of " + parse.locale().toLanguageTag() + ")"));
    }

    public Optional<Boolean> yesNo(Column column) {
        return text(column).flatMap(value -> readOrRefuse(column, LocalizedValues.yesNo(value),
                "not a yes/no value (use true or false, 1 or 0)"));
    }

    /** A whole number 1–31 style part of a date (the day, month and year columns). */
    public Optional<Integer> whole(Column column) {
        return number(column).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                refuse(column, "not a whole number");
                return Optional.empty();
            }
        });
    }

    /** Tags, separated by spaces as LubeLogger writes them. */
    public List<String> tags() {
        return text(Column.TAGS).map(t -> Arrays.stream(t.split("\\s+")).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The extra-field values the row carries, by field name (blank cells left out). */
    public Map<String, String> extraFields() {
        Map<String, String> extras = new LinkedHashMap<>();
        header.extraFields().forEach((name, index) -> at(index).ifPresent(value -> extras.put(name, value)));
        return extras;
    }

    /** Records that the row cannot be imported because of this column. */
    public void refuse(Column column, String message) {
        errors.add(new RowError(line, header.indexOf(column).map(header::nameAt).orElse(column.header()), message));
    }

    /** Records that the row cannot be imported, for a reason of the whole row (or a record field). */
    public void refuse(String field, String message) {
        errors.add(new RowError(line, field, message));
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    private Optional<String> at(int index) {
        if (index >= values.size()) {
            return Optional.empty();
        }
        String value = values.get(index).strip();
        if (value.length() > MAX_VALUE_LENGTH) {
            errors.add(new RowError(line, header.nameAt(index), "longer than " + MAX_VALUE_LENGTH + " characters"));
            return Optional.empty();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(ExportValues.unescaped(value));
    }

    private <T> Optional<T> readOrRefuse(Column column, Optional<T> read, String message) {
        if (read.isEmpty()) {
            refuse(column, message);
        }
        return read;
    }
}
