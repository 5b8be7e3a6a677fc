package com.motovaultpro.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsoIdentityTest {

    private static Map<String, Object> claims(Object... pairs) {
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            claims.put((String) pairs[i], pairs[i + 1]);
        }
        return claims;
    }

    @Test
    void readsSubjectNameEmailAndGroupsFromTheConfiguredClaims() {
        SsoIdentity identity = SsoIdentity.from(claims("sub", "abc-123", "upn", "ada", "name", " Ada L. ",
                        "email", "ada@example.org", "roles", List.of("staff", "mv-admins")),
                "upn", "roles", Optional.of("mv-admins"));

        assertEquals("abc-123", identity.subject());
        assertEquals("ada", identity.username());
        assertEquals(Optional.of("Ada L."), identity.displayName());
        assertEquals(Optional.of("ada@example.org"), identity.email());
        assertEquals(List.of("staff", "mv-admins"), identity.groups());
        assertEquals(Optional.of(true), identity.admin());
    }

    @ParameterizedTest(name = "groups {0}, admin group {1} → admin {2}")
    @CsvSource(nullValues = "-", value = {
            "mv-admins,       mv-admins, true",
            "staff,           mv-admins, false",
            "-,               mv-admins, false",
            "mv-admins,       -,         -",
            "MV-ADMINS,       mv-admins, false",
            "/mv-admins,      mv-admins, true",
            "mv-admins,       /mv-admins, true",
            "/it/mv-admins,   /it/mv-admins, true",
            "/it/mv-admins,   it/mv-admins, true",
            "/it/mv-admins,   mv-admins, false",
            "/other/mv-admins, /it/mv-admins, false",
    })
    void theAdminGroupDecidesAdminOnlyWhenOneIsConfigured(String group, String adminGroup, Boolean admin) {
        Map<String, Object> claims = claims("sub", "s", "preferred_username", "u");
        if (group != null) {
            claims.put("groups", group); // a single group may come as a plain string
        }
        SsoIdentity identity = SsoIdentity.from(claims, "preferred_username", "groups", Optional.ofNullable(adminGroup));
        assertEquals(Optional.ofNullable(admin), identity.admin());
    }

    @Test
    void unusableOptionalClaimsAreLeftOutNotTrusted() {
        SsoIdentity identity = SsoIdentity.from(claims("sub", "s", "preferred_username", "u", "email", "not-an-address",
                "name", "Bad\u0000Name", "groups", List.of(1, "ok")), "preferred_username", "groups", Optional.empty());

        assertEquals(Optional.empty(), identity.email());
        assertEquals(Optional.empty(), identity.displayName());
        assertEquals(List.of("ok"), identity.groups());
    }

    @ParameterizedTest(name = "user name claim {0}")
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '", "'line\nbreak'",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aMissingOrUnusableUserNameIsRefused(String username) {
        Map<String, Object> claims = claims("sub", "s");
        if (username != null) {
            claims.put("preferred_username", username);
        }
        SsoException refused = assertThrows(SsoException.class,
                () -> SsoIdentity.from(claims, "preferred_username", "groups", Optional.empty()));
        assertEquals(SsoException.Reason.NO_USERNAME, refused.reason());
    }

    @Test
    void aTokenWithoutSubjectIsInvalid() {
        SsoException refused = assertThrows(SsoException.class,
                () -> SsoIdentity.from(claims("preferred_username", "u"), "preferred_username", "groups", Optional.empty()));
        assertEquals(SsoException.Reason.INVALID_TOKEN, refused.reason());
    }
}
