package com.motovaultpro.vin;

import java.util.Locale;

/**
 * Vehicle Identification Number rules (ISO 3779): 17 characters, digits and capital letters
 * except I, O and Q. Position 9 is a check digit only where the region that assigned the VIN
 * requires one — North America (49 CFR 565; world manufacturer identifiers starting 1–5 and
 * 7F–70) and China (GB 16735; starting L or H); elsewhere (most European and many Asian VINs, e.g. WP0ZZZ…) it is
 * an ordinary character, and its check "not applicable".
 */
public final class Vin {

    /** What the ninth character says about the VIN. */
    public enum CheckDigit {
        /** Required by the VIN's region, and it matches. */
        VALID,
        /** Required by the VIN's region, and it does not match: a typing error. */
        WRONG,
        /** The VIN's region has no check digit. */
        NOT_APPLICABLE
    }

    public static final int LENGTH = 17;
    private static final int CHECK_DIGIT_INDEX = 8;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {
    }

    /** Trimmed and upper-cased; blank becomes null (the VIN is optional). */
    public static String normalize(String vin) {
        if (vin == null || vin.isBlank()) {
            return null;
        }
        return vin.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean hasValidCharacters(String vin) {
        if (vin.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (transliterate(vin.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The check digit ('0'–'9' or 'X') the other 16 characters call for. */
    public static char expectedCheckDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /**
     * Whether the region that assigned the VIN requires the check digit: North America (1–5, and
     * the United States' 7F–70) and China (L, and H since its reallocation).
     */
    public static boolean requiresCheckDigit(String vin) {
        char region = vin.charAt(0);
        return region >= '1' && region <= '5' || region == 'L' || region == 'H' || isUnitedStatesExtension(vin);
    }

    /** 7F–70: WMI prefixes the United States received after 1–5 (e.g. Tesla's 7SA, Rivian's 7PD). */
    static boolean isUnitedStatesExtension(String vin) {
        if (vin.charAt(0) != '7') {
            return false;
        }
        char second = vin.charAt(1);
        return second >= 'F' && second <= 'Z' || second >= '0' && second <= '9';
    }

    /** The check digit's verdict for a VIN of {@linkplain #hasValidCharacters valid characters}. */
    public static CheckDigit checkDigit(String vin) {
        if (!requiresCheckDigit(vin)) {
            return CheckDigit.NOT_APPLICABLE;
        }
        return vin.charAt(CHECK_DIGIT_INDEX) == expectedCheckDigit(vin) ? CheckDigit.VALID : CheckDigit.WRONG;
    }

    /** 17 allowed characters, and the check digit right where the VIN's region requires one. */
    public static boolean isValid(String vin) {
        return vin != null && hasValidCharacters(vin) && checkDigit(vin) != CheckDigit.WRONG;
    }

    /** The numeric value of a VIN character, or -1 if the character is not allowed. */
    static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> -1;
        };
    }
}
