package com.motovaultpro.platform.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page's bean works out once per request (a report, totals, a list for a menu), kept for
 * that request only. A view-scoped bean lives as long as its page stays in the session — with
 * memory sessions, up to Faces' limit of views per session — so data it cached in its own fields
 * stayed for every page a person had opened: the load suite found 50 sessions holding 700 MiB,
 * mostly fuel economy of the 10,000-record vehicle kept per fuel tab (docs/benchmarks.md, "Load").
 * Kept here, it is gone when the response is written.
 */
@RequestScoped
public class RequestMemo {

    /** A value of one bean: the bean (by identity) and what the value is. */
    private record Key(Object owner, String name) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.owner == owner && key.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + name.hashCode();
        }
    }

    private final Map<Key, Object> values = new HashMap<>();

    /** {@code owner}'s value named {@code name}, loaded by {@code load} at its first use in this request. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object owner, String name, Supplier<T> load) {
        Key key = new Key(owner, name);
        if (values.containsKey(key)) {
            return (T) values.get(key);
        }
        T value = load.get();
        values.put(key, value);
        return value;
    }

    /** Forgets {@code owner}'s values named {@code names} (they changed): the next use loads them again. */
    public void forget(Object owner, String... names) {
        for (String name : names) {
            values.remove(new Key(owner, name));
        }
    }
}
