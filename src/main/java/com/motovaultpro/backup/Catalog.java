package com.motovaultpro.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the PostgreSQL catalogue says about the application's schema (the connection's current schema). */
final class Catalog {

    private Catalog() {
    }

    /** Ordinary tables, by name. */
    static List<String> tables(Connection c) throws SQLException {
        return strings(c, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " ORDER BY c.relname");
    }

    /** A table, sequence or view of the schema, with the word DROP needs for it. */
    record Relation(String name, String kind) {
    }

    /** How many tables, sequences, views and the like the schema holds (0 = empty). */
    static int objects(Connection c) throws SQLException {
        return relations(c).size();
    }

    /** The schema's relations, views first, then tables, then sequences (the order to drop them in). */
    static List<Relation> relations(Connection c) throws SQLException {
        List<Relation> relations = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'VIEW'"
                     + " WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE'"
                     + " ELSE 'TABLE' END FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')"
                     + " ORDER BY CASE c.relkind WHEN 'v' THEN 0 WHEN 'm' THEN 0 WHEN 'S' THEN 2 ELSE 1 END, c.relname")) {
            while (rs.next()) {
                relations.add(new Relation(rs.getString(1), rs.getString(2)));
            }
        }
        return relations;
    }

    /** The columns a row is made of, in order; generated columns are left out (PostgreSQL computes them). */
    static List<String> columns(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT a.attname FROM pg_attribute a"
                + " WHERE a.attrelid = format('%I.%I', current_schema(), ?::text)::regclass"
                + " AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum")) {
            st.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            return columns;
        }
    }

    /** Table → the tables its foreign keys point to. */
    static Map<String, Set<String>> references(Connection c) throws SQLException {
        Map<String, Set<String>> references = TableOrder.empty();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT t.relname, r.relname FROM pg_constraint k"
                     + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid"
                     + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                     + " WHERE k.contype = 'f' AND n.nspname = current_schema()")) {
            while (rs.next()) {
                TableOrder.add(references, rs.getString(1), rs.getString(2));
            }
        }
        return references;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Catalog::quote).toList());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
