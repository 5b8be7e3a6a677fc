package com.motovaultpro.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyFormatTest {

    @Test
    void aGeneratedKeyParsesBackToItsParts() {
        ApiKeyFormat.Parts parts = ApiKeyFormat.generate();
        String plaintext = parts.plaintext();

        assertTrue(plaintext.matches("mvp_[a-z2-9]{10}_[A-Za-z0-9_-]{43}"), plaintext);
        assertEquals(parts, ApiKeyFormat.parse(plaintext).orElseThrow());
        assertEquals(parts, ApiKeyFormat.parse("  " + plaintext + "\n").orElseThrow(), "surrounding blanks");
    }

    @Test
    void generatedKeysDoNotRepeat() {
        Set<String> prefixes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ApiKeyFormat.Parts parts = ApiKeyFormat.generate();
            prefixes.add(parts.prefix());
            secrets.add(parts.secret());
        }
        assertEquals(1000, prefixes.size());
        assertEquals(1000, secrets.size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "mvp_", "mvp_abcdefghij_short",
            "xyz_abcdefghjk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "mvp_ABCDEFGHJK_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "mvp_abcdefghjk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!",
            "mvp_abcdefghjk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Basic dXNlcjpwYXNz"})
    void anythingElseIsNotAKey(String presented) {
        assertTrue(ApiKeyFormat.parse(presented).isEmpty(), String.valueOf(presented));
    }

    @Test
    void onlyTheRightSecretMatchesItsStoredHash() {
        ApiKeyFormat.Parts parts = ApiKeyFormat.generate();
        String stored = ApiKeyFormat.hash(parts.secret());

        assertEquals(64, stored.length());
        assertNotEquals(parts.secret(), stored);
        assertTrue(ApiKeyFormat.matches(parts.secret(), stored));
        assertFalse(ApiKeyFormat.matches(ApiKeyFormat.generate().secret(), stored));
    }
}
