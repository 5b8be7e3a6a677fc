package com.motovaultpro.logbook;

import java.util.List;
import java.util.function.Function;

/** One page of records and how many there are in all. */
public record RecordPage<T>(List<T> items, int page, int size, long total) {

    public <R> RecordPage<R> map(Function<T, R> mapper) {
        return new RecordPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
