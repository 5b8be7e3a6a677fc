package com.motovaultpro.sso;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every call MotoVaultPro makes to the OpenID Connect provider, each wrapped in MicroProfile Fault
 * Tolerance: a timeout, one retry for a provider that did not answer, and a circuit breaker so a
 * provider that is down costs a sign-in attempt milliseconds, not seconds. A refusal by the
 * provider (4xx) is an answer: never retried, never counted against the provider.
 * <p>
 * The annotations' values can be changed through MicroProfile Config, e.g.
 * {@code com.motovaultpro.sso.OidcProviderClient/redeem/Timeout/value=3000}.
 */
@ApplicationScoped
public class OidcProviderClient {

    @Inject
    AppSettings appSettings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile ProviderMetadata metadata;

    /** The endpoints: those configured, the rest from the discovery document (read once, then kept). */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000,
            failOn = {ProviderUnavailableException.class, TimeoutException.class})
    public ProviderMetadata metadata() {
        ProviderMetadata known = metadata;
        if (known != null) {
            return known;
        }
        OidcSettings.Endpoints configured = settings().endpoints();
        ProviderMetadata resolved;
        if (configured.complete()) {
            resolved = new ProviderMetadata(configured.authorization().get(), configured.token().get(),
                    configured.jwks().get(), configured.endSession());
        } else {
            JsonObject discovery = getJson(discoveryUri());
            resolved = new ProviderMetadata(
                    configured.authorization().orElseGet(() -> uri(discovery, "authorization_endpoint")),
                    configured.token().orElseGet(() -> uri(discovery, "token_endpoint")),
                    configured.jwks().orElseGet(() -> uri(discovery, "jwks_uri")),
                    configured.endSession().or(() -> Optional.ofNullable(discovery.getString("end_session_endpoint", null))
                            .map(URI::create)));
        }
        metadata = resolved;
        return resolved;
    }

    /** Redeems an authorization code (with its PKCE verifier) for tokens. */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000,
            failOn = {ProviderUnavailableException.class, TimeoutException.class})
    public JsonObject redeem(URI tokenEndpoint, String code, String codeVerifier, URI redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier);
        OidcSettings settings = settings();
        form.put("client_id", settings.clientId());
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        settings.clientSecret().ifPresent(secret -> request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((encode(settings.clientId()) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new SsoException(SsoException.Reason.DENIED, "token endpoint answered " + response.statusCode()
                    + ": " + abbreviate(response.body()));
        }
        return parse(response.body(), tokenEndpoint);
    }

    /** The provider's signing keys (a JWK set, as JSON). */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000,
            failOn = {ProviderUnavailableException.class, TimeoutException.class})
    public String signingKeys(URI jwks) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new ProviderUnavailableException("JWKS endpoint answered " + response.statusCode(), null);
        }
        return response.body();
    }

    /**
     * Whether the provider answers at {@code endpoint} right now (any HTTP answer below 500): asked
     * before a browser is sent there, so that nobody lands on a "site can't be reached" page.
     */
    @Timeout(3000)
    public boolean answers(URI endpoint) {
        try {
            send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).method("HEAD",
                    HttpRequest.BodyPublishers.noBody()).build());
            return true;
        } catch (ProviderUnavailableException e) {
            return false;
        }
    }

    /** The single sign-on configuration; refused when there is none. */
    public OidcSettings settings() {
        return appSettings.oidc().orElseThrow(() -> new SsoException(SsoException.Reason.NOT_CONFIGURED,
                "no " + com.motovaultpro.platform.config.ConfigKeys.OIDC_ISSUER + " configured"));
    }

    public boolean configured() {
        return appSettings.oidc().isPresent();
    }

    private URI discoveryUri() {
        String issuer = settings().issuer().toString();
        return URI.create((issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration");
    }

    private JsonObject getJson(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new ProviderUnavailableException(uri + " answered " + response.statusCode(), null);
        }
        return parse(response.body(), uri);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new ProviderUnavailableException(request.uri() + " answered " + response.statusCode(), null);
            }
            return response;
        } catch (IOException e) {
            throw new ProviderUnavailableException(request.uri() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(request.uri() + ": interrupted", e);
        }
    }

    private static JsonObject parse(String body, URI from) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProviderUnavailableException(from + " did not answer with a JSON object", e);
        }
    }

    private static URI uri(JsonObject discovery, String name) {
        String value = discovery.getString(name, null);
        if (value == null) {
            throw new ProviderUnavailableException("The discovery document has no " + name, null);
        }
        return URI.create(value);
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String clean = body == null ? "" : body.replaceAll("[\\p{Cc}]", " ");
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }
}
