package com.motovaultpro.vin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds src/main/resources/com/motovaultpro/vin/wmi.tsv from NHTSA vPIC's standalone database
 * (https://vpic.nhtsa.dot.gov/downloads/, vPICList_lite_YYYY_MM.plain.zip: one PostgreSQL dump
 * whose tables arrive as COPY blocks). Only the JDK is needed, so it runs as a source file:
 * <pre>java src/test/java/com/motovaultpro/vin/VpicWmiTable.java vPICList_lite_2026_09.plain.zip \
 *     src/main/resources/com/motovaultpro/vin/wmi.tsv</pre>
 * It keeps three-character WMIs that vPIC has made public, of the vehicle types people keep a
 * logbook for, one row per make the WMI is linked to. {@code VpicWmiTableTest} runs it on a
 * small dump of the same shape.
 */
public final class VpicWmiTable {

    private static final Pattern COPY = Pattern.compile("COPY vpic\\.([a-z0-9_]+) \\(([^)]+)\\) FROM stdin;");
    private static final Set<String> TABLES = Set.of("wmi", "make", "wmi_make", "vehicletype");
    private static final Pattern THREE_CHARACTER_WMI = Pattern.compile("[A-HJ-NPR-Z0-9]{2}[A-HJ-NPR-Z0-8]");
    private static final Map<String, String> KINDS = Map.of(
            "Passenger Car", "PASSENGER_CAR",
            "Multipurpose Passenger Vehicle (MPV)", "MULTIPURPOSE_PASSENGER_VEHICLE",
            "Truck", "TRUCK",
            "Motorcycle", "MOTORCYCLE",
            "Bus", "BUS",
            "Low Speed Vehicle (LSV)", "LOW_SPEED_VEHICLE",
            "Off-Road Vehicle", "OFF_ROAD_VEHICLE");

    private VpicWmiTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: VpicWmiTable <vPICList_lite_YYYY_MM.plain.zip> <wmi.tsv>");
            System.exit(2);
        }
        Path dump = Path.of(args[0]);
        int rows = build(dump, Path.of(args[1]), LocalDate.now());
        System.out.println(rows + " rows written to " + args[1]);
    }

    /** Writes the table; returns its number of rows. */
    static int build(Path dump, Path target, LocalDate today) throws IOException {
        String edition = dump.getFileName().toString().replaceFirst("\\.plain\\.zip$|\\.zip$", "");
        Map<String, List<Map<String, String>>> tables;
        try (ZipFile zip = new ZipFile(dump.toFile())) {
            ZipEntry sql = zip.stream().filter(e -> e.getName().endsWith(".sql")).findFirst()
                    .orElseThrow(() -> new IOException("No .sql file in " + dump));
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(zip.getInputStream(sql), StandardCharsets.UTF_8))) {
                tables = readTables(lines);
            }
        }
        Set<String> rows = join(tables, today);
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("# World manufacturer identifiers (three characters) and the makes NHTSA vPIC links them to,\n");
            out.write("# for cars, MPVs, trucks, buses, motorcycles, low-speed and off-road vehicles: WMI, make, type.\n");
            out.write("# Public information of the U.S. National Highway Traffic Safety Administration\n");
            out.write("# (https://www.nhtsa.gov/about-nhtsa/terms-use). Refresh: docs/operations/vin-table.md.\n");
            out.write("#source\tNHTSA vPIC " + edition + "\n");
            for (String row : rows) {
                out.write(row + "\n");
            }
        }
        return rows.size();
    }

    static Map<String, List<Map<String, String>>> readTables(BufferedReader lines) throws IOException {
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher copy = COPY.matcher(line);
            if (!copy.matches()) {
                continue;
            }
            String table = copy.group(1);
            List<String> columns = Arrays.asList(copy.group(2).split(", "));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String row = lines.readLine(); !"\\.".equals(row); row = lines.readLine()) {
                if (row == null) {
                    throw new IOException("The COPY block of " + table + " does not end");
                }
                if (TABLES.contains(table)) {
                    String[] values = row.split("\t", -1);
                    Map<String, String> cells = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        cells.put(columns.get(i), unescape(values[i]));
                    }
                    rows.add(cells);
                }
            }
            tables.put(table, rows);
        }
        for (String table : TABLES) {
            if (!tables.containsKey(table)) {
                throw new IOException("The dump has no table vpic." + table);
            }
        }
        return tables;
    }

    private static Set<String> join(Map<String, List<Map<String, String>>> tables, LocalDate today) {
        Map<String, String> makes = index(tables.get("make"));
        Map<String, String> kinds = index(tables.get("vehicletype"));
        Map<String, List<String>> makesOfWmi = new HashMap<>();
        for (Map<String, String> link : tables.get("wmi_make")) {
            makesOfWmi.computeIfAbsent(link.get("wmiid"), k -> new ArrayList<>()).add(link.get("makeid"));
        }
        Set<String> rows = new TreeSet<>();
        for (Map<String, String> wmi : tables.get("wmi")) {
            String code = wmi.get("wmi");
            String kind = KINDS.get(kinds.get(wmi.get("vehicletypeid")));
            String published = wmi.get("publicavailabilitydate");
            if (code == null || !THREE_CHARACTER_WMI.matcher(code).matches() || kind == null || published == null
                    || LocalDate.parse(published.substring(0, 10)).isAfter(today)) {
                continue;
            }
            for (String makeId : makesOfWmi.getOrDefault(wmi.get("id"), List.of())) {
                String make = String.join(" ", makes.get(makeId).trim().split("\\s+")).toUpperCase(Locale.ROOT);
                rows.add(code + "\t" + make + "\t" + kind);
            }
        }
        return rows;
    }

    private static Map<String, String> index(List<Map<String, String>> rows) {
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.get("id"), r.get("name")));
        return names;
    }

    /** PostgreSQL's text COPY format: \N is NULL, a backslash escapes the next character. */
    private static String unescape(String value) {
        if ("\\N".equals(value)) {
            return null;
        }
        StringBuilder result = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                result.append(c);
                continue;
            }
            char next = value.charAt(++i);
            result.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return result.toString();
    }
}
