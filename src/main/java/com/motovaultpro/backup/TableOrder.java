package com.motovaultpro.backup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order to load tables in so that every foreign key finds the row it points to: a table comes
 * after every table it references. A table referencing itself is fine (PostgreSQL checks a
 * statement's foreign keys when the statement ends); a cycle between tables is refused.
 */
public final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param tables     every table to load
     * @param references table → the tables its foreign keys point to
     */
    public static List<String> of(Collection<String> tables, Map<String, Set<String>> references) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        for (String table : tables) {
            Set<String> needs = new TreeSet<>(references.getOrDefault(table, Set.of()));
            needs.remove(table);
            needs.retainAll(tables);
            waitingFor.put(table, needs);
        }
        List<String> order = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            List<String> ready = waitingFor.entrySet().stream()
                    .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                throw new IllegalArgumentException("foreign keys form a cycle between " + waitingFor.keySet());
            }
            for (String table : ready) {
                order.add(table);
                waitingFor.remove(table);
            }
            waitingFor.values().forEach(needs -> needs.removeAll(ready));
        }
        return order;
    }

    /** Adds one foreign key edge to a reference map (for building it from the catalogue). */
    static void add(Map<String, Set<String>> references, String table, String referenced) {
        references.computeIfAbsent(table, t -> new TreeSet<>()).add(referenced);
    }

    static Map<String, Set<String>> empty() {
        return new LinkedHashMap<>();
    }
}
