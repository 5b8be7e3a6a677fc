package com.motovaultpro.vin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The world manufacturer identifiers of wmi.tsv: three-character WMIs and the makes and vehicle
 * types NHTSA vPIC associates with each. Built from vPIC's standalone database by
 * {@code VpicWmiTable} (src/test/java); docs/operations/vin-table.md says how to refresh it.
 */
public final class WmiTable {

    static final String SOURCE_PREFIX = "#source\t";

    /** One make a WMI was assigned for, with the vehicle type of that assignment. */
    public record Assignment(String make, VehicleKind kind) {
    }

    private final String source;
    private final Map<String, List<Assignment>> assignments;

    private WmiTable(String source, Map<String, List<Assignment>> assignments) {
        this.source = source;
        this.assignments = assignments;
    }

    /** The table shipped with the app. */
    public static WmiTable shipped() {
        try (InputStream in = WmiTable.class.getResourceAsStream("wmi.tsv")) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WmiTable parse(Reader reader) throws IOException {
        String source = null;
        Map<String, List<Assignment>> assignments = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(SOURCE_PREFIX)) {
                source = line.substring(SOURCE_PREFIX.length());
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3 || cells[0].length() != 3) {
                throw new IllegalArgumentException("Not a WMI row: " + line);
            }
            assignments.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(new Assignment(MakeName.display(cells[1]), VehicleKind.valueOf(cells[2])));
        }
        if (source == null) {
            throw new IllegalArgumentException("The WMI table does not name its source");
        }
        assignments.replaceAll((wmi, list) -> List.copyOf(list));
        return new WmiTable(source, Map.copyOf(assignments));
    }

    /** What the table was built from, and its date. */
    public String source() {
        return source;
    }

    /** The assignments of a three-character WMI; empty if vPIC does not list it. */
    public List<Assignment> assignments(String wmi) {
        return assignments.getOrDefault(wmi, List.of());
    }

    public int size() {
        return assignments.size();
    }
}
