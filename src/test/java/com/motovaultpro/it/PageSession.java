package com.motovaultpro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser session sees them, without a browser: a cookie jar, the sign-in form
 * posted like the login page posts it, and plain GETs that report the status (redirects are not
 * followed, so an anonymous request shows the redirect to the login page).
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    private PageSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static PageSession anonymous(LibertyServer server) {
        return new PageSession(server.baseUri());
    }

    /** A session signed in through the login form as {@code username} (password {@link Api#PASSWORD}). */
    public static PageSession signedIn(LibertyServer server, String username) {
        PageSession session = new PageSession(server.baseUri());
        HttpResponse<String> form = session.send(session.request("/login.xhtml").GET());
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page: " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", Api.PASSWORD);
        fields.put("loginForm:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        HttpResponse<String> posted = session.send(session.request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))));
        if (posted.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + posted.statusCode());
        }
        return session;
    }

    /** GET {@code path}; the response as it came (status, headers, body). */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** POST an empty form to {@code path}. */
    public HttpResponse<String> post(String path) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
