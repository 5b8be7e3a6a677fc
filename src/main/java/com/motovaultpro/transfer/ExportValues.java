package com.motovaultpro.transfer;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How an export writes values so that both LubeLogger and spreadsheets read them right: dates in
 * ISO form (which LubeLogger reads in every culture), numbers without thousands groups and with the
 * decimal separator of the person's locale (LubeLogger reads numbers in its culture), yes/no as
 * {@code True}/{@code False} (as LubeLogger writes them), and text that a spreadsheet would take for
 * a formula ({@code = + - @}, tab or carriage return first) prefixed with an apostrophe.
 */
public final class ExportValues {

    /** Plain values (a point as decimal separator): fingerprints and the import preview. */
    public static final ExportValues PLAIN = new ExportValues(Locale.ROOT);

    private final char decimalSeparator;

    public ExportValues(Locale locale) {
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String number(BigDecimal number) {
        if (number == null) {
            return "";
        }
        return number.stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
    }

    public String yesNo(boolean value) {
        return value ? "True" : "False";
    }

    /** Free text, made harmless for spreadsheets (CWE-1236); {@link #unescaped} undoes it on import. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return formulaLike(text, 0) ? "'" + text : text;
    }

    /** Text as it was before {@link #text} escaped it. */
    public static String unescaped(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && formulaLike(text, 1) ? text.substring(1) : text;
    }

    private static boolean formulaLike(String text, int at) {
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
