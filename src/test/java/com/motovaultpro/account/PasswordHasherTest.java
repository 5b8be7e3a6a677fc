package com.motovaultpro.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords are stored salted as PBKDF2WithHmacSHA512:iterations:salt:hash; junk never matches. */
class PasswordHasherTest {

    /** Few iterations keep the suite fast; the stored format carries the count, so the logic is the same. */
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"correct horse battery staple", "", "ünïcödé-Pässwört €", "with:colons:inside"})
    void hashThenMatches(String password) {
        assertTrue(hasher.matches(password, hasher.hash(password)));
    }

    @ParameterizedTest(name = "''{0}'' does not match")
    @ValueSource(strings = {"correct horse battery stapl", "Correct horse battery staple", "correct horse battery staple ", ""})
    void wrongPasswordFails(String wrong) {
        assertFalse(hasher.matches(wrong, hasher.hash("correct horse battery staple")));
    }

    @Test
    void nullPasswordNeverMatches() {
        assertFalse(hasher.matches(null, hasher.hash("secret-password")));
    }

    @Test
    void samePasswordHashesDifferentlyBecauseOfTheSalt() {
        assertNotEquals(hasher.hash("secret-password"), hasher.hash("secret-password"));
    }

    @Test
    void storedFormCarriesAlgorithmIterationsSaltAndHash() {
        // 32 salt bytes and 512 key bits, Base64 encoded
        assertTrue(hasher.hash("secret-password")
                .matches("PBKDF2WithHmacSHA512:1000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{86}=="));
    }

    @Test
    void hashMadeWithOtherIterationsStillVerifies() {
        String old = new PasswordHasher(1000).hash("secret-password");
        PasswordHasher raised = new PasswordHasher(2000);

        assertTrue(raised.matches("secret-password", old));
        assertTrue(raised.hash("secret-password").startsWith("PBKDF2WithHmacSHA512:2000:"));
    }

    @Test
    void realisticIterationCountWorks() {
        PasswordHasher production = new PasswordHasher(210_000);
        String stored = production.hash("secret-password");

        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertTrue(production.matches("secret-password", stored));
        assertFalse(production.matches("secret-passworD", stored));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @CsvSource(delimiter = '|', value = {
            "secret-password",                                                 // plain text
            "MD5:1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",                      // other algorithm
            "pbkdf2withhmacsha512:1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",     // prefix is case-sensitive
            "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0c2FsdA==",              // 3 parts
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==:extra",               // 5 parts
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:",                             // empty hash part
            "PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA==",                     // iterations not a number
            "PBKDF2WithHmacSHA512:0:c2FsdA==:aGFzaA==",                        // zero iterations
            "PBKDF2WithHmacSHA512:-5:c2FsdA==:aGFzaA==",                       // negative iterations
            "PBKDF2WithHmacSHA512:1000:not base64!:aGFzaA==",                  // bad salt
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:%%%",                          // bad hash
            "PBKDF2WithHmacSHA512:1000::aGFzaA==",                             // empty salt
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==",                     // well formed, wrong hash
    })
    void malformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        assertFalse(assertDoesNotThrow(() -> hasher.matches("secret-password", stored)));
    }
}
