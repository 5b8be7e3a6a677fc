package com.motovaultpro.report;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.api.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which records a history report covers: a date range (either end open) and tags (a record with
 * any of them; none: every record).
 */
public record ReportFilter(Optional<LocalDate> from, Optional<LocalDate> to, List<String> tags) {

    /** At most this many tags in one filter. */
    public static final int MAX_TAGS = 20;

    public ReportFilter {
        tags = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidParameterException("tag", "at most " + MAX_TAGS + " tags");
        }
    }

    public static final ReportFilter EVERYTHING = new ReportFilter(Optional.empty(), Optional.empty(), List.of());

    /** From request parameters (ISO dates, blank = open); a malformed date is an {@link InvalidParameterException}. */
    public static ReportFilter parse(String from, String to, List<String> tags) {
        return new ReportFilter(QueryParameters.date("from", from), QueryParameters.date("to", to),
                tags == null ? List.of() : tags);
    }
}
