package com.motovaultpro.platform.database;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SQL statement does and to which table (the first one it names): the labels of
 * {@code motovault_database_operations_total}. Only the statement's shape is read, never values.
 */
public record StatementKind(String operation, String table) {

    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|into|update|join)\\s+(?:only\\s+)?\"?([a-z_][a-z0-9_]*)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*\\(?\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    /** Statements seen so far (Hibernate's are a fixed set); beyond this many, read each time. */
    static final int REMEMBERED = 2_000;
    private static final Map<String, StatementKind> SEEN = new ConcurrentHashMap<>();
    private static final Pattern IN_LIST = Pattern.compile("\\?(?:\\s*,\\s*\\?)+");

    /** The kind of {@code sql}, remembered for the statements the application runs again and again. */
    public static StatementKind of(String sql) {
        // IN lists of any length are one statement ("in (?,?,?)" and "in (?,?)" alike).
        String shape = sql.indexOf("?,") < 0 ? sql : IN_LIST.matcher(sql).replaceAll("?");
        StatementKind known = SEEN.get(shape);
        if (known != null) {
            return known;
        }
        StatementKind kind = read(sql);
        if (SEEN.size() < REMEMBERED) {
            SEEN.put(shape, kind);
        }
        return kind;
    }

    static StatementKind read(String sql) {
        Matcher first = FIRST_WORD.matcher(sql);
        String operation = first.find() ? first.group(1).toLowerCase(Locale.ROOT) : "other";
        operation = switch (operation) {
            case "select", "with" -> "select";
            case "insert", "update", "delete" -> operation;
            default -> "other";
        };
        Matcher table = TABLE.matcher(sql);
        return new StatementKind(operation, table.find() ? table.group(1).toLowerCase(Locale.ROOT) : "none");
    }
}
