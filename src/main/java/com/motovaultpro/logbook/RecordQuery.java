package com.motovaultpro.logbook;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.api.QueryParameters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which page of a vehicle's records to show, newest first, optionally within a date range and
 * with a tag. Built from raw query parameters; a bad one is reported with its name.
 */
public record RecordQuery(int page, int size, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> tag,
                          Sort sort, boolean ascending) {

    /** The columns a record list can be sorted by (ties broken by id, newest first). */
    public enum Sort {
        DATE("r.date"), ODOMETER("r.odometer"), COST("r.cost");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        String orderBy(boolean ascending) {
            String direction = ascending ? " ASC" : " DESC";
            return path + direction + " NULLS LAST, r.id" + direction;
        }
    }

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Every record: no date range, no tag (first page; for totals). */
    public static RecordQuery all() {
        return of(null, null, null, null, null);
    }

    public static RecordQuery of(Integer page, Integer size, String from, String to, String tag) {
        return fromParameters(page == null ? null : page.toString(), size == null ? null : size.toString(), from, to,
                tag);
    }

    /**
     * From the query parameters as sent: page and size whole numbers, and the page's first record
     * within reach ({@code page × size} is an offset that must not overflow).
     */
    public static RecordQuery fromParameters(String page, String size, String from, String to, String tag) {
        int s = QueryParameters.whole("size", size, 1, MAX_SIZE).orElse(DEFAULT_SIZE);
        int p = QueryParameters.whole("page", page, 0, Integer.MAX_VALUE / s).orElse(0);
        Optional<LocalDate> fromDate = QueryParameters.date("from", from);
        Optional<LocalDate> toDate = QueryParameters.date("to", to);
        if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
            throw new InvalidParameterException("to", "must not be before 'from'");
        }
        Optional<String> t = Optional.ofNullable(tag).map(String::strip).filter(x -> !x.isEmpty());
        return new RecordQuery(p, s, fromDate, toDate, t, Sort.DATE, false);
    }

    /** The same query sorted differently. */
    public RecordQuery sortedBy(Sort by, boolean ascendingOrder) {
        return new RecordQuery(page, size, from, to, tag, by, ascendingOrder);
    }

    /** The same query at another page. */
    public RecordQuery at(int pageIndex, int pageSize) {
        return new RecordQuery(pageIndex, pageSize, from, to, tag, sort, ascending);
    }

    String orderBy() {
        return sort.orderBy(ascending);
    }

    public int offset() {
        return page * size;
    }
}
