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

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(_csrf)\" value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final String clientAddress;
    private String csrfToken;

    private PageSession(URI base) {
        this(base, null);
    }

    private PageSession(URI base, String clientAddress) {
        this(base, clientAddress, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private PageSession(URI base, String clientAddress, HttpClient http) {
        this.base = base;
        this.clientAddress = clientAddress;
        this.http = http;
    }

    /** The same browser (its cookies, so its session) talking to another server, as behind a load balancer. */
    public PageSession on(LibertyServer other) {
        return new PageSession(other.baseUri(), clientAddress, http);
    }

    public static PageSession anonymous(LibertyServer server) {
        return new PageSession(server.baseUri());
    }

    /**
     * An anonymous session that comes, as far as the server can tell, from {@code clientAddress}: the
     * test talks to the server from loopback, a trusted proxy, and names the client in X-Forwarded-For.
     */
    public static PageSession from(LibertyServer server, String clientAddress) {
        return new PageSession(server.baseUri(), clientAddress);
    }

    /** A session signed in through the login form as {@code username} (password {@link Api#PASSWORD}). */
    public static PageSession signedIn(LibertyServer server, String username) {
        PageSession session = new PageSession(server.baseUri());
        HttpResponse<String> posted = session.submitLogin(username, Api.PASSWORD);
        if (posted.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + posted.statusCode());
        }
        return session;
    }

    /** Opens the login page and submits the form as a browser would; the answer to the POST. */
    public HttpResponse<String> submitLogin(String username, String password) {
        HttpResponse<String> form = send(request("/login.xhtml").GET());
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page: " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        hiddenFields(form.body()).forEach(fields::putIfAbsent);
        return send(request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))));
    }

    /**
     * What a page's forms send besides their fields and the view state: the anti-forgery token, and
     * the page's script nonce, which PrimeFaces' scripts add to every post (PrimeFaces refuses a
     * post whose nonce is not the one of the page it came from).
     */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page);
        while (input.find()) {
            hidden.putIfAbsent(input.group(1), input.group(2));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            hidden.put("primefaces.nonce", nonce.group(1));
        }
        return hidden;
    }

    /** GET {@code path}; the response as it came (status, headers, body). */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** POST a form to {@code path} as the session's own pages do: with its anti-forgery token. */
    public HttpResponse<String> post(String path) {
        if (csrfToken == null) {
            get("/index.xhtml");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrfToken != null) {
            fields.put("_csrf", csrfToken);
        }
        return post(path, fields);
    }

    /** POST exactly these form fields (and extra headers, name/value pairs), as a forger might. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** POST a body of any content type (and extra headers, name/value pairs), as a forger might. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The anti-forgery token the pages of this session carry (null before any form was seen). */
    public String csrfToken() {
        return csrfToken;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String token = hiddenFields(response.body()).get("_csrf");
            if (token != null) {
                csrfToken = token;
            }
            return response;
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
