package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single sign-on configuration: off without an issuer, defaults, and every problem named by its key. */
class AppSettingsOidcTest {

    /** The single sign-on keys given (without their "oidc." prefix), with a public URL. */
    private static AppSettings parse(String... pairs) {
        String[] keys = prefixed("oidc.", pairs);
        String[] all = Arrays.copyOf(keys, keys.length + 2);
        all[keys.length] = "public.url";
        all[keys.length + 1] = "https://cars.example.org";
        return MotovaultKeys.parse(all);
    }

    @Test
    void aPublicUrlIsRequiredWithSingleSignOnForTheProvidersRedirects() {
        ConfigurationException problem = assertThrows(ConfigurationException.class, () -> MotovaultKeys.parse(
                "oidc.issuer", "https://id.example.org/realms/cars", "oidc.client.id", "motovault"));
        assertTrue(problem.getMessage().contains("motovault.public.url"), problem.getMessage());
        assertTrue(MotovaultKeys.parse().oidc().isEmpty(), "without single sign-on the default is fine");
    }

    private static String[] prefixed(String prefix, String... pairs) {
        String[] keys = pairs.clone();
        for (int i = 0; i < keys.length; i += 2) {
            keys[i] = prefix + keys[i];
        }
        return keys;
    }

    @Test
    void offWithoutAnIssuer() {
        assertTrue(parse().oidc().isEmpty());
        assertTrue(parse("client.id", "motovault").oidc().isEmpty(), "a client id alone switches nothing on");
    }

    @Test
    void anIssuerAndClientIdSwitchItOnWithDefaults() {
        OidcSettings oidc = parse("issuer", "https://id.example.org/realms/cars", "client.id", "motovault").oidc().orElseThrow();

        assertEquals(URI.create("https://id.example.org/realms/cars"), oidc.issuer());
        assertEquals("motovault", oidc.clientId());
        assertEquals(Optional.empty(), oidc.clientSecret());
        assertEquals("openid profile email", oidc.scopes());
        assertEquals("preferred_username", oidc.usernameClaim());
        assertEquals("groups", oidc.groupsClaim());
        assertEquals(Optional.empty(), oidc.adminGroup());
        assertFalse(oidc.endpoints().complete(), "endpoints come from discovery");
        assertEquals(Optional.empty(), oidc.apiAudience());
    }

    @Test
    void explicitEndpointsAndEverythingElseAreTaken() {
        OidcSettings oidc = parse("issuer", "http://localhost:9190/default", "client.id", "mv", "client.secret", "s3cret",
                "authorization.endpoint", "http://localhost:9190/default/authorize",
                "token.endpoint", "http://localhost:9190/default/token", "jwks.uri", "http://localhost:9190/default/jwks",
                "scopes", "openid email", "claim.username", "upn", "claim.groups", "roles", "admin.group", "mv-admins",
                "provider.name", "Contoso", "api.audience", "mv-api").oidc().orElseThrow();

        assertTrue(oidc.endpoints().complete());
        assertEquals(Optional.of("s3cret"), oidc.clientSecret());
        assertEquals("upn", oidc.usernameClaim());
        assertEquals("roles", oidc.groupsClaim());
        assertEquals(Optional.of("mv-admins"), oidc.adminGroup());
        assertEquals("Contoso", oidc.providerName());
        assertEquals(Optional.of("mv-api"), oidc.apiAudience());
        assertFalse(oidc.toString().contains("s3cret"), "the secret stays out of logs");
    }

    @ParameterizedTest(name = "{0}={1} → problem on {2}")
    @CsvSource(delimiter = '|', value = {
            "issuer          | not a url                | motovault.oidc.issuer",
            "issuer          | ftp://id.example.org     | motovault.oidc.issuer",
            "issuer          | https://id.example.org   | motovault.oidc.client.id",
            "token.endpoint  | //no-scheme              | motovault.oidc.token.endpoint",
    })
    void problemsNameTheirKey(String key, String value, String problemKey) {
        ConfigurationException problem = assertThrows(ConfigurationException.class, () -> parse(key, value));
        assertTrue(problem.getMessage().contains(problemKey), problem.getMessage());
    }

    @Test
    void scopesMustIncludeOpenid() {
        ConfigurationException problem = assertThrows(ConfigurationException.class, () -> parse("issuer",
                "https://id.example.org", "client.id", "mv", "scopes", "profile email"));
        assertTrue(problem.getMessage().contains("motovault.oidc.scopes"), problem.getMessage());
    }
}
