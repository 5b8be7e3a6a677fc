package com.motovaultpro.transfer;

import com.motovaultpro.platform.validation.DecimalText;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, numbers and yes/no values as people write them in spreadsheets: ISO ({@code 2024-01-19},
 * {@code 1234.56}) or in the conventions of one locale ({@code 1/19/2024} and {@code 1,234.56} in
 * the US, {@code 19.01.2024} and {@code 1.234,56} in Germany). Every value is checked for shape and
 * length before anything parses it; a value that fits neither form is refused, never guessed.
 *
 * <p>Where the forms overlap the locale wins: in Germany {@code 1.234} is one thousand two
 * hundred and thirty-four, {@code 12.5} (not a thousands group) is twelve and a half.
 */
public final class LocalizedValues {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** Three numbers separated by {@code / . -}, optionally followed by a time (LubeLogger's plan dates). */
    private static final Pattern LOCAL_DATE = Pattern.compile("(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})\\.?(?:[ T].*)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int MAX_TEXT = 64;

    private final Locale locale;
    /** Where day, month and year stand in the locale's short date: "DMY", "MDY" or "YMD". */
    private final String dateOrder;
    private final Pattern grouped;

    public LocalizedValues(Locale locale) {
        this.locale = locale;
        this.dateOrder = dateOrder(locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String group = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        this.grouped = Pattern.compile("(-?)(\\d{1,3}(?:" + group + "\\d{3})*|\\d+)(?:" + decimal + "(\\d+))?");
    }

    public Locale locale() {
        return locale;
    }

    /** A date in ISO form or in the locale's day/month/year order (two-digit years are 20xx). */
    public Optional<LocalDate> date(String text) {
        String value = text.strip();
        if (value.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher local = LOCAL_DATE.matcher(value);
        if (!local.matches()) {
            return Optional.empty();
        }
        if (local.group(1).length() == 4) {
            return of(local.group(1), local.group(2), local.group(3)); // 2024/01/19 is year first anywhere
        }
        String first = local.group(1);
        String second = local.group(2);
        String third = local.group(3);
        return switch (dateOrder) {
            case "MDY" -> of(third, first, second);
            case "YMD" -> of(first, second, third);
            default -> of(third, second, first);
        };
    }

    /**
     * A decimal written with the locale's separators (thousands groups optional) or in ISO form;
     * currency symbols, spaces and a leading plus are ignored ({@code "$1,234.56"} is what
     * LubeLogger writes for a cost).
     */
    public Optional<BigDecimal> number(String text) {
        if (text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        String value = withoutDecoration(text);
        Matcher local = grouped.matcher(value);
        if (local.matches()) {
            String digits = local.group(2).replaceAll("\\D", "");
            String canonical = local.group(1) + digits + (local.group(3) == null ? "" : "." + local.group(3));
            return DecimalText.parse(canonical);
        }
        return PLAIN.matcher(value).matches() ? DecimalText.parse(value) : Optional.empty();
    }

    /** Yes or no: {@code 1/0}, {@code true/false}, {@code yes/no}, {@code y/n} in any case. */
    public static Optional<Boolean> yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y" -> Optional.of(Boolean.TRUE);
            case "0", "false", "no", "n" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** Spaces (also no-break ones), currency signs and a leading plus removed. */
    private static String withoutDecoration(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isSpaceChar(c) && !Character.isWhitespace(c)
                        && Character.getType(c) != Character.CURRENCY_SYMBOL)
                .forEach(kept::appendCodePoint);
        String value = kept.toString();
        return value.startsWith("+") ? value.substring(1) : value;
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        if (year.length() != 4 && year.length() != 2) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year);
        try {
            return Optional.of(LocalDate.of(year.length() == 2 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The order of day, month and year in the locale's short date pattern (e.g. "M/d/yy" → "MDY"). */
    static String dateOrder(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        StringBuilder order = new StringBuilder();
        for (char c : pattern.replaceAll("'[^']*'", "").toCharArray()) {
            char field = switch (c) {
                case 'd' -> 'D';
                case 'M', 'L' -> 'M';
                case 'y', 'u' -> 'Y';
                default -> 0;
            };
            if (field != 0 && order.indexOf(String.valueOf(field)) < 0) {
                order.append(field);
            }
        }
        return order.length() == 3 ? order.toString() : "DMY";
    }
}
