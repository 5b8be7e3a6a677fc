package com.motovaultpro.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a personal API key looks like: {@code mvp_<prefix>_<secret>}. The prefix (10 characters)
 * is public — it names the key in lists and finds its row; the secret (43 characters, 256 random
 * bits) is only ever shown once and stored as its SHA-256 hash. With that much entropy a fast
 * hash is safe: nothing can be guessed, so nothing needs a slow password hash.
 */
public final class ApiKeyFormat {

    static final String MARKER = "mvp_";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern SHAPE = Pattern.compile("mvp_([a-z2-9]{10})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as presented: its public prefix and its secret. */
    public record Parts(String prefix, String secret) {

        public String plaintext() {
            return MARKER + prefix + "_" + secret;
        }
    }

    private ApiKeyFormat() {
    }

    public static Parts generate() {
        StringBuilder prefix = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Parts(prefix.toString(), java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The parts of a presented key, or empty if it cannot be one of ours (nothing to look up). */
    public static Optional<Parts> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(presented.strip());
        return matcher.matches() ? Optional.of(new Parts(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
