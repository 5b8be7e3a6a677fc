package com.motovaultpro.search;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed into the search box: the words, matched against records' text, and — when
 * one of them is an amount such as {@code 61.25} or {@code 61,25} — that amount, matched against
 * costs.
 *
 * @param text the words, trimmed and with runs of white space made one
 */
public record SearchQuery(String text, Optional<BigDecimal> amount) {

    /** Longer input is refused before anything is looked up. */
    public static final int MAX_LENGTH = 200;

    /** A word that is an amount: whole, or with one or two decimals after a point or comma; a currency sign around it may be. */
    private static final Pattern AMOUNT = Pattern.compile("\\p{Sc}?(\\d{1,10})(?:[.,](\\d{1,2}))?\\p{Sc}?");

    /**
     * @throws IllegalArgumentException if the text is blank or longer than {@link #MAX_LENGTH}
     */
    public static SearchQuery of(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A search needs 1 to " + MAX_LENGTH + " characters");
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        Optional<BigDecimal> found = Optional.empty();
        for (String word : text.split(" ")) {
            Matcher amount = AMOUNT.matcher(word);
            if (amount.matches()) {
                found = Optional.of(new BigDecimal(amount.group(1) + (amount.group(2) == null ? "" : "." + amount.group(2))));
                break;
            }
        }
        return new SearchQuery(text, found);
    }
}
