package com.motovaultpro.vin;

import java.util.Locale;

/**
 * A make as people write it, from vPIC's upper-case labels: words of up to three letters stay
 * capitals (BMW, GMC, MV Agusta), longer ones get a capital initial (Mercedes-Benz, Alfa Romeo).
 */
final class MakeName {

    private static final int ACRONYM_LENGTH = 3;

    private MakeName() {
    }

    static String display(String label) {
        StringBuilder result = new StringBuilder(label.length());
        int i = 0;
        while (i < label.length()) {
            int end = i;
            while (end < label.length() && Character.isLetter(label.charAt(end))) {
                end++;
            }
            if (end == i) {
                result.append(label.charAt(i++));
                continue;
            }
            String word = label.substring(i, end);
            if (word.length() <= ACRONYM_LENGTH) {
                result.append(word.toUpperCase(Locale.ROOT));
            } else {
                result.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            i = end;
        }
        return result.toString();
    }
}
