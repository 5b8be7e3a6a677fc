package com.motovaultpro.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP client for the REST API, as one user (or anonymous). */
public final class Api {

    /** A response with its body parsed as JSON when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonStructure jsonValue() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SIGN_UPS = new AtomicInteger();
    /**
     * HTTP/1.1, as every real client of the server speaks it (browsers use HTTP/2 only over TLS,
     * and load balancers and ingress controllers talk HTTP/1.1 to the pods); Java's default would
     * upgrade plain connections to HTTP/2 (h2c), which nothing in production does.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private final String username;
    private String clientAddress;
    private String traceparent;

    private Api(URI base, String username, String password) {
        this(base, username, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), true);
    }

    /** {@code raw}: the Authorization header value as given. */
    private Api(URI base, String username, String authorization, boolean raw) {
        this.base = base;
        this.username = username;
        this.authorization = authorization;
    }

    /** The same person, authenticating with this header value instead (an API key, a bearer token). */
    public Api withAuthorization(String authorization) {
        return new Api(base, username, authorization, true);
    }

    /** The same caller and credentials, talking to another server (another replica). */
    public Api on(LibertyServer other) {
        Api moved = new Api(other.baseUri(), username, authorization, true);
        moved.clientAddress = clientAddress;
        return moved;
    }

    /** The same caller, coming (as the server sees it through X-Forwarded-For) from {@code address}. */
    public Api from(String address) {
        Api moved = new Api(base, username, authorization, true);
        moved.clientAddress = address;
        return moved;
    }

    /** The same caller, sending a W3C {@code traceparent} header (a trace the request joins) with every request. */
    public Api inTrace(String traceparent) {
        Api traced = new Api(base, username, authorization, true);
        traced.clientAddress = clientAddress;
        traced.traceparent = traceparent;
        return traced;
    }

    /** Creates a personal API key of this (password-authenticated) user; returns the key. */
    public String createKey(String scope) {
        Reply created = post("/api/v1/account/api-keys", "{\"name\":\"key-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"scope\":\"" + scope + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Key creation failed: " + created.status() + " " + created.body());
        }
        return created.json().getString("key");
    }

    /** This user, calling with a new API key of the given scope (fast: no password hash per request). */
    public Api withNewKey(String scope) {
        return withAuthorization("ApiKey " + createKey(scope));
    }

    public static Api anonymous(LibertyServer server) {
        return new Api(server.baseUri(), null, null);
    }

    /**
     * A person of the identity provider, with one of its access tokens (their account's user name
     * is {@code username}), from an address of their own like {@link #newUser}.
     */
    public static Api bearer(LibertyServer server, String username, String token) {
        return new Api(server.baseUri(), username, "Bearer " + token, true).from(nextAddress());
    }

    public static Api as(LibertyServer server, String username, String password) {
        return new Api(server.baseUri(), username, password);
    }

    /**
     * Registers a new account with a unique name and returns a client signed in as it. Each
     * sign-up comes from an address of its own (198.18.0.0/15, the benchmarking range, through
     * X-Forwarded-For from loopback): the suite registers hundreds of accounts, far past the
     * per-client sign-up limit a person meets.
     */
    public static Api newUser(LibertyServer server, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = anonymous(server).from(nextAddress())
                .post("/api/v1/accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Registration failed: " + created.status() + " " + created.body());
        }
        return as(server, username, PASSWORD);
    }

    /** The next address of 198.18.0.0/15 (the benchmarking range), for a client of its own. */
    private static String nextAddress() {
        int n = SIGN_UPS.getAndIncrement() % (2 * 256 * 256);
        return "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    public String username() {
        return username;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST a multipart form: text fields, and a file part named "file" (if {@code fileName} is given). */
    public Reply postMultipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----mvp" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET the raw bytes of a response (documents, archives). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        if (traceparent != null) {
            builder.header("traceparent", traceparent);
        }
        return builder;
    }
}
