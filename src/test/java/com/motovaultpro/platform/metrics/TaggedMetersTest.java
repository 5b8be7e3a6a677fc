package com.motovaultpro.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

class TaggedMetersTest {

    private final List<String> registered = new ArrayList<>();
    private final TaggedMeters<Object> meters = new TaggedMeters<>(tags -> {
        registered.add(Arrays.toString(tags));
        return new Object();
    }, "method", "endpoint");

    @Test
    void registersEachSetOfValuesOnceWithItsTagsInOrder() {
        Object first = meters.with("GET", "/garage");
        assertSame(first, meters.with("GET", "/garage"));
        assertNotSame(first, meters.with("POST", "/garage"));
        assertEquals(List.of(Arrays.toString(new Tag[] {new Tag("method", "GET"), new Tag("endpoint", "/garage")}),
                Arrays.toString(new Tag[] {new Tag("method", "POST"), new Tag("endpoint", "/garage")})), registered);
    }

    @Test
    void refusesValuesThatDoNotMatchTheTagNames() {
        assertThrows(IllegalArgumentException.class, () -> meters.with("GET"));
        assertThrows(IllegalArgumentException.class, () -> meters.with("GET", "/garage", "200"));
    }
}
