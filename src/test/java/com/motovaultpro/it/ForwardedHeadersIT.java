package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links the server hands out start with the configured public URL, whatever a request's Host or
 * forwarded headers say; the scheme a trusted proxy names decides HSTS, a client's own does not.
 */
@ExtendWith(RunningServer.class)
class ForwardedHeadersIT {

    private final LibertyServer server;

    ForwardedHeadersIT(LibertyServer server) {
        this.server = server;
    }

    /**
     * One HTTP/1.1 request over a plain socket: Java's HTTP client does not let a caller choose the
     * Host header, which is exactly what an attacker does.
     */
    private String raw(String requestHead) throws IOException {
        try (Socket socket = new Socket("localhost", server.baseUri().getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCalendarLinkStartsWithThePublicUrlWhateverTheRequestSays() throws IOException {
        Api owner = Api.newUser(server, "fwd-link");
        String basic = Base64.getEncoder().encodeToString((owner.username() + ":" + Api.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String response = raw("POST /api/v1/account/calendar-link HTTP/1.1\r\n"
                + "Host: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Port: 1\r\n"
                + "X-Forwarded-Proto: https\r\n"
                + "Authorization: Basic " + basic + "\r\n"
                + "Content-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        // The body is one JSON object, possibly in one chunk: from its first brace to its last.
        String body = response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1);
        JsonObject link = Json.createReader(new StringReader(body)).readObject();
        String url = link.getString("url");
        assertTrue(url.startsWith(server.baseUri().toString().replaceAll("/$", "") + "/calendar/"), url);
        assertFalse(url.contains("evil.example") || url.contains(":1/"), url);
    }

    @Test
    void signingOutNeverRedirectsToAHostOrPortARequestNamed() {
        Api user = Api.newUser(server, "fwd-out");
        PageSession session = PageSession.signedIn(server, user.username());
        assertEquals(200, session.get("/index.xhtml").statusCode());
        HttpResponse<String> out = session.post("/logout", Map.of("_csrf", session.csrfToken()),
                "X-Forwarded-Port", "1", "X-Forwarded-Host", "evil.example");
        assertEquals(302, out.statusCode());
        String location = out.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?signedOut=true"), location);
        assertFalse(location.contains(":1/") || location.contains("evil.example"), location);
    }

    @Test
    void hstsFollowsTheSchemeATrustedProxyNames() {
        // The tests connect from loopback, which the server trusts as its proxy by default.
        Api anonymous = Api.anonymous(server);
        HttpResponse<String> viaTls = anonymous.send(anonymous.request("/login.xhtml")
                .header("X-Forwarded-For", "203.0.113.10").header("X-Forwarded-Proto", "https").GET()).raw();
        assertTrue(viaTls.headers().firstValue("Strict-Transport-Security").isPresent(),
                "the proxy terminated TLS: " + viaTls.headers().map());
        HttpResponse<String> plain = anonymous.send(anonymous.request("/login.xhtml").GET()).raw();
        assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent(), "plain HTTP: no HSTS");
    }
}
