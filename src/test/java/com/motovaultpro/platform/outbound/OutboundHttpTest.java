package com.motovaultpro.platform.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outbound client against real sockets: a receiver on 127.0.0.1 (this machine, never a
 * destination) and one on 127.0.0.2, which the tests' policy lists as allowed, the way an
 * administrator lets a household's ntfy on the same machine be reached.
 */
class OutboundHttpTest {

    private static final OutboundPolicy ALLOW_127_0_0_2 = new OutboundPolicy(false,
            List.of(AddressRange.parse("127.0.0.2/32").orElseThrow()));

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void aRequestToLoopbackIsRefusedBeforeAnyConnection() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        int port = receiver("127.0.0.1", hits, 200, Map.of());
        try (OutboundHttp http = new OutboundHttp(OutboundPolicy.STRICT, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            RefusedDestinationException refused = assertThrows(RefusedDestinationException.class,
                    () -> post(http, "http://127.0.0.1:" + port + "/hook"));
            assertTrue(refused.getMessage().contains("the server itself is not a destination"), refused.getMessage());
        }
        assertEquals(0, hits.get());
    }

    @Test
    void anAllowedRangeIsReached() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        int port = receiver("127.0.0.2", hits, 204, Map.of());
        try (OutboundHttp http = new OutboundHttp(ALLOW_127_0_0_2, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertEquals(204, post(http, "http://127.0.0.2:" + port + "/hook").status());
        }
        assertEquals(1, hits.get());
    }

    @Test
    void aRedirectToLoopbackIsRefusedAtItsConnection() throws IOException {
        AtomicInteger loopbackHits = new AtomicInteger();
        int loopback = receiver("127.0.0.1", loopbackHits, 200, Map.of());
        AtomicInteger allowedHits = new AtomicInteger();
        int allowed = receiver("127.0.0.2", allowedHits, 307, Map.of("Location", "http://127.0.0.1:" + loopback + "/"));
        try (OutboundHttp http = new OutboundHttp(ALLOW_127_0_0_2, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertThrows(RefusedDestinationException.class, () -> post(http, "http://127.0.0.2:" + allowed + "/hook"));
        }
        assertEquals(1, allowedHits.get());
        assertEquals(0, loopbackHits.get());
    }

    @Test
    void aNameIsCheckedAgainAtTheNextConnectionAfterItsAddressChanged() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        int port = receiver("127.0.0.2", hits, 200, Map.of("Connection", "close"));
        Deque<String> answers = new ArrayDeque<>(List.of("127.0.0.2", "127.0.0.1"));
        CheckedDnsResolver.Lookup changing = host -> new InetAddress[] {InetAddress.getByName(answers.pop())};
        try (OutboundHttp http = new OutboundHttp(changing, ALLOW_127_0_0_2, List::of, Duration.ofSeconds(2),
                Duration.ofSeconds(2))) {
            assertEquals(200, post(http, "http://hooks.example.test:" + port + "/").status());
            assertThrows(RefusedDestinationException.class, () -> post(http, "http://hooks.example.test:" + port + "/"));
        }
        assertEquals(1, hits.get());
    }

    @Test
    void onlyTheStartOfAnAnswerIsRead() throws IOException {
        HttpServer server = server("127.0.0.2");
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 160; i++) { // 10 MB
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up after the start: as intended
            }
        });
        server.start();
        try (OutboundHttp http = new OutboundHttp(ALLOW_127_0_0_2, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            OutboundHttp.Answer answer = post(http, "http://127.0.0.2:" + server.getAddress().getPort() + "/");
            assertEquals(500, answer.status());
            assertEquals(OutboundHttp.MAX_BODY_READ, answer.bodyStart().length());
        }
    }

    @Test
    @Timeout(30)
    void aReceiverThatTricklesItsAnswerIsCutOffAtTheDeadline() throws IOException {
        HttpServer server = server("127.0.0.2");
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) { // a byte every half second: no read ever times out, the answer never ends
                    out.write('x');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up at its deadline
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        try (OutboundHttp http = new OutboundHttp(ALLOW_127_0_0_2, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            OutboundHttp.Answer answer = post(http, "http://127.0.0.2:" + server.getAddress().getPort() + "/");
            assertEquals(200, answer.status(), "the status came before the deadline");
            assertTrue(answer.bodyStart().length() < OutboundHttp.MAX_BODY_READ, answer.bodyStart());
        }
    }

    @Test
    void aUrlIsCheckedWhenSaved() throws IOException {
        try (OutboundHttp http = new OutboundHttp(ALLOW_127_0_0_2, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertEquals(Optional.empty(), http.refusalOf(URI.create("http://127.0.0.2:8080/message")));
            assertEquals(Optional.of("127.0.0.1: the server itself is not a destination"),
                    http.refusalOf(URI.create("http://127.0.0.1:8080/")));
            assertEquals(Optional.of("169.254.169.254: link-local and cloud metadata addresses are not destinations"),
                    http.refusalOf(URI.create("http://169.254.169.254/latest/meta-data/")));
            assertEquals(Optional.of("the server itself is not a destination"),
                    http.refusalOf(URI.create("http://localhost:8080/")));
            assertEquals(Optional.of("the host name no-such-host.invalid is not known"),
                    http.refusalOf(URI.create("https://no-such-host.invalid/hook")));
        }
    }

    @Test
    void aNameResolvingToThisMachineIsRefused() throws IOException {
        String hostname = InetAddress.getLocalHost().getHostName();
        try (OutboundHttp http = new OutboundHttp(OutboundPolicy.STRICT, Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            Optional<String> refusal = http.refusalOf(URI.create("http://" + hostname + ":9080/"));
            assertEquals(Optional.of(hostname + ": the server itself is not a destination"), refusal);
        }
    }

    private static OutboundHttp.Answer post(OutboundHttp http, String url) throws IOException {
        return http.post(URI.create(url), Map.of("X-Test", "1"), "{}".getBytes(StandardCharsets.UTF_8), "application/json",
                true);
    }

    private int receiver(String address, AtomicInteger hits, int status, Map<String, String> headers) throws IOException {
        HttpServer server = server(address);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private HttpServer server(String address) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 8);
        servers.add(server);
        return server;
    }
}
