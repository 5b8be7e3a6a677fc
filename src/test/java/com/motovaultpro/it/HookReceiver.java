package com.motovaultpro.it;

import com.sun.net.httpserver.Headers;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook, ntfy or Gotify server for the tests: it listens on {@link #ADDRESS} (which the test
 * server may reach; 127.0.0.1 it may not), keeps every request, and answers with scripted
 * statuses (200 when none is left), optionally after a delay.
 */
public final class HookReceiver implements AutoCloseable {

    /** Loopback, but not 127.0.0.1: the test server lists it as allowed (LibertyServer). */
    public static final String ADDRESS = "127.0.0.2";

    /** One received request. */
    public record Received(String method, String path, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer: a status after a delay. */
    public record Answer(int status, Duration delay) {
        public static Answer status(int status) {
            return new Answer(status, Duration.ZERO);
        }
    }

    private final HttpServer http;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    public HookReceiver() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ADDRESS), 0), 32);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            Headers given = exchange.getRequestHeaders();
            given.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            Answer answer;
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
                answer = script.isEmpty() ? Answer.status(200) : script.pop();
                notifyAll();
            }
            try {
                Thread.sleep(answer.delay().toMillis());
                byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        http.start();
    }

    public URI url(String path) {
        return URI.create("http://" + ADDRESS + ":" + http.getAddress().getPort() + path);
    }

    /** The next answers, in order (then 200s). */
    public synchronized void answer(Answer... answers) {
        script.addAll(List.of(answers));
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests arrived (or the time is up) and returns all received. */
    public synchronized List<Received> await(int count, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (received.size() < count && System.nanoTime() < end) {
            wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        http.stop(0);
        ((ExecutorService) http.getExecutor()).shutdownNow();
    }
}
