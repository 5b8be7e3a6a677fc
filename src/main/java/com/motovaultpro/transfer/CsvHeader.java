package com.motovaultpro.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A file's header row understood: where each known column is, which extra fields the file carries
 * ({@code extrafield_<Name>}, the name as written), and which headers mean nothing to us (listed in
 * the preview, never an error). A column named twice is read from its first place.
 */
public final class CsvHeader {

    private final List<String> names;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<String, Integer> extraFields = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();

    private CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.toLowerCase(Locale.ROOT).startsWith(Column.EXTRA_FIELD_PREFIX)
                    && name.length() > Column.EXTRA_FIELD_PREFIX.length()) {
                extraFields.putIfAbsent(name.substring(Column.EXTRA_FIELD_PREFIX.length()).strip(), i);
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isPresent()) {
                columns.putIfAbsent(column.get(), i);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
    }

    public static CsvHeader of(List<String> names) {
        return new CsvHeader(names);
    }

    /** Where the column is, if the file has it. */
    public Optional<Integer> indexOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The header as the file writes it at {@code index}. */
    public String nameAt(int index) {
        return names.get(index).strip();
    }

    /** Extra-field columns: field name → place, in file order. */
    public Map<String, Integer> extraFields() {
        return Collections.unmodifiableMap(extraFields);
    }

    /** Headers that name no column we know (ignored). */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }
}
