package com.motovaultpro.vin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which country a VIN's first two characters were allocated to (ISO 3780), from countries.tsv. */
public final class VinCountries {

    /** The order of a VIN's second character within an allocated range. */
    private static final String SECOND_CHARACTER_ORDER = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

    private record Range(char first, int from, int to, String country) {
    }

    private final List<Range> ranges;

    private VinCountries(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The table shipped with the app. */
    public static VinCountries shipped() {
        try (InputStream in = VinCountries.class.getResourceAsStream("countries.tsv")) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VinCountries parse(Reader source) throws IOException {
        List<Range> ranges = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3 || cells[0].charAt(0) != cells[1].charAt(0)) {
                throw new IllegalArgumentException("Not a country range: " + line);
            }
            ranges.add(new Range(cells[0].charAt(0), position(cells[0].charAt(1)), position(cells[1].charAt(1)),
                    cells[2]));
        }
        return new VinCountries(List.copyOf(ranges));
    }

    /** The ISO 3166-1 code of the country, if the prefix is in the table. */
    public Optional<String> country(String vin) {
        char first = vin.charAt(0);
        int second = position(vin.charAt(1));
        return ranges.stream()
                .filter(r -> r.first() == first && second >= r.from() && second <= r.to())
                .map(Range::country)
                .findFirst();
    }

    private static int position(char c) {
        int position = SECOND_CHARACTER_ORDER.indexOf(c);
        if (position < 0) {
            throw new IllegalArgumentException("Not a VIN character: " + c);
        }
        return position;
    }
}
