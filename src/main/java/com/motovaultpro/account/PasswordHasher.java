package com.motovaultpro.account;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow, salted password hashing (PBKDF2 with HMAC-SHA512, Jakarta Security's implementation).
 * The stored form carries algorithm, iterations and salt, so raising the iteration count later
 * keeps existing passwords valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AppSettings settings;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(settings.passwordHashIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
