package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How pages travel (docs/benchmarks.md, "Load"): compressed for clients that accept it, their
 * style sheets and scripts under versioned URLs that browsers keep for a year, and the
 * anti-forgery token masked afresh in every response, so that compression cannot reveal it.
 */
@ExtendWith(RunningServer.class)
class PageDeliveryIT {

    private static final Pattern RESOURCE = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String A_YEAR = "public, max-age=31536000, immutable";

    private final LibertyServer server;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PageDeliveryIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> zipped = get("/login.xhtml", "gzip, deflate");
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        String page = gunzip(zipped.body());
        assertTrue(page.contains("id=\"loginForm\""), "the page, compressed");
        assertTrue(zipped.body().length * 2 < page.length(), "at most half its size on the wire: "
                + zipped.body().length + " of " + page.length() + " bytes");

        HttpResponse<byte[]> plain = get("/login.xhtml", null);
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "plain for a client that does not ask");
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("id=\"loginForm\""));
    }

    @Test
    void stylesheetsAndScriptsAreVersionedAndKeptForAYear() throws Exception {
        String page = new String(get("/login.xhtml", null).body(), StandardCharsets.UTF_8);
        List<String> resources = new ArrayList<>();
        Matcher resource = RESOURCE.matcher(page);
        while (resource.find()) {
            resources.add(resource.group(1).replace("&amp;", "&"));
        }
        assertTrue(resources.stream().anyMatch(r -> r.contains("css/app.css") && r.matches(".*[?&]h=[0-9a-f]{12}.*")),
                "our style sheet carries its content hash: " + resources);
        assertTrue(resources.stream().anyMatch(r -> r.contains("js/app.js") && r.matches(".*[?&]h=[0-9a-f]{12}.*")),
                "our script carries its content hash: " + resources);
        for (String url : resources) {
            assertTrue(url.matches(".*[?&](v|h)=[^&]+.*"), "versioned: " + url);
            HttpResponse<byte[]> reply = get(url, "gzip");
            assertEquals(200, reply.statusCode(), url);
            assertEquals(A_YEAR, reply.headers().firstValue("Cache-Control").orElse(""), url);
        }
        // Another version's URL (an older replica asked for a newer page's file) and a missing file:
        // never kept for a year.
        HttpResponse<byte[]> otherVersion = get("/jakarta.faces.resource/css/app.css.xhtml?h=000000000000", null);
        assertEquals(200, otherVersion.statusCode());
        assertEquals("no-cache", otherVersion.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/css/none.css.xhtml?h=000000000000", null);
        assertEquals(404, missing.statusCode());
        assertNotEquals(A_YEAR, missing.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/css/app.css.xhtml", null);
        assertEquals(200, unversioned.statusCode());
        assertNotEquals(A_YEAR, unversioned.headers().firstValue("Cache-Control").orElse(""),
                "an unversioned URL is not kept for a year");
    }

    @Test
    void theAntiForgeryTokenIsWrittenDifferentlyEachTime() throws Exception {
        String first = token(new String(get("/login.xhtml", null).body(), StandardCharsets.UTF_8));
        String second = token(new String(get("/login.xhtml", null).body(), StandardCharsets.UTF_8));
        assertNotEquals(first, second, "same session, other bytes");
        // Both are this session's token (a wrong one is refused; the forms' own test is CsrfIT).
        assertEquals(403, post("/login.xhtml", "forged-" + first.substring(7)).statusCode(), "a wrong token is refused");
        for (String token : List.of(first, second)) {
            assertNotEquals(403, post("/login.xhtml", token).statusCode(), "a masked token is accepted");
        }
    }

    private HttpResponse<byte[]> post(String path, String token) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String origin() {
        URI base = server.baseUri();
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        assertTrue(token.find(), "the page has a form with the token");
        return token.group(1);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
