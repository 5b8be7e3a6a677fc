package com.motovaultpro.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A small OpenTelemetry collector for the tests: it accepts OTLP/HTTP trace exports
 * ({@code POST /v1/traces}, protobuf) and keeps the spans, decoded from the protobuf wire format
 * by hand (only the fields the tests read: ids, name, kind, attributes, status).
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span. Kind: 1 internal, 2 server, 3 client. Status code: 0 unset, 1 ok, 2 error. */
    public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name, int kind,
                               Map<String, String> attributes, int statusCode, String service) {
        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    private final HttpServer http;
    private final List<ReceivedSpan> spans = new ArrayList<>();
    private int exports;

    public OtlpReceiver() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        http.createContext("/v1/traces", exchange -> {
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                List<ReceivedSpan> decoded = decode(body.readAllBytes());
                synchronized (this) {
                    spans.addAll(decoded);
                    exports++;
                    notifyAll();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        http.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public synchronized int exports() {
        return exports;
    }

    public synchronized List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** Waits until the spans of {@code traceId} satisfy the condition; returns them. */
    public synchronized List<ReceivedSpan> await(String traceId, Predicate<List<ReceivedSpan>> enough, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<ReceivedSpan> trace = spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
            if (enough.test(trace)) {
                return trace;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return trace;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }

    // --- protobuf wire format: ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span ---

    static List<ReceivedSpan> decode(byte[] request) {
        List<ReceivedSpan> out = new ArrayList<>();
        for (Field resourceSpans : fields(request)) {
            if (resourceSpans.number() != 1) {
                continue;
            }
            String service = "";
            List<byte[]> scopeSpans = new ArrayList<>();
            for (Field f : fields(resourceSpans.bytes())) {
                if (f.number() == 1) {
                    for (Field attribute : fields(f.bytes())) {
                        if (attribute.number() == 1) {
                            Map.Entry<String, String> kv = keyValue(attribute.bytes());
                            if (kv.getKey().equals("service.name")) {
                                service = kv.getValue();
                            }
                        }
                    }
                } else if (f.number() == 2) {
                    scopeSpans.add(f.bytes());
                }
            }
            for (byte[] scope : scopeSpans) {
                for (Field f : fields(scope)) {
                    if (f.number() == 2) {
                        out.add(span(f.bytes(), service));
                    }
                }
            }
        }
        return out;
    }

    private static ReceivedSpan span(byte[] bytes, String service) {
        String trace = "";
        String id = "";
        String parent = "";
        String name = "";
        int kind = 0;
        int status = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Field f : fields(bytes)) {
            switch (f.number()) {
                case 1 -> trace = HexFormat.of().formatHex(f.bytes());
                case 2 -> id = HexFormat.of().formatHex(f.bytes());
                case 4 -> parent = HexFormat.of().formatHex(f.bytes());
                case 5 -> name = new String(f.bytes(), StandardCharsets.UTF_8);
                case 6 -> kind = (int) f.value();
                case 9 -> {
                    Map.Entry<String, String> kv = keyValue(f.bytes());
                    attributes.put(kv.getKey(), kv.getValue());
                }
                case 15 -> {
                    for (Field s : fields(f.bytes())) {
                        if (s.number() == 3) {
                            status = (int) s.value();
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new ReceivedSpan(trace, id, parent, name, kind, attributes, status, service);
    }

    /** KeyValue{1 key, 2 AnyValue{1 string, 2 bool, 3 int, 4 double}}, the value as text. */
    private static Map.Entry<String, String> keyValue(byte[] bytes) {
        String key = "";
        String value = "";
        for (Field f : fields(bytes)) {
            if (f.number() == 1) {
                key = new String(f.bytes(), StandardCharsets.UTF_8);
            } else if (f.number() == 2) {
                for (Field v : fields(f.bytes())) {
                    value = switch (v.number()) {
                        case 1 -> new String(v.bytes(), StandardCharsets.UTF_8);
                        case 2 -> Boolean.toString(v.value() != 0);
                        case 3 -> Long.toString(v.value());
                        case 4 -> Double.toString(Double.longBitsToDouble(v.value()));
                        default -> value;
                    };
                }
            }
        }
        return Map.entry(key, value);
    }

    /** A field: its number and either a varint/fixed value or length-delimited bytes. */
    record Field(int number, long value, byte[] bytes) {
    }

    static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long tag = varint(message, at);
            int number = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            switch (wire) {
                case 0 -> fields.add(new Field(number, varint(message, at), null));
                case 1 -> {
                    long v = 0;
                    for (int i = 7; i >= 0; i--) {
                        v = (v << 8) | (message[at[0] + i] & 0xFF);
                    }
                    at[0] += 8;
                    fields.add(new Field(number, v, null));
                }
                case 2 -> {
                    int length = (int) varint(message, at);
                    byte[] bytes = java.util.Arrays.copyOfRange(message, at[0], at[0] + length);
                    at[0] += length;
                    fields.add(new Field(number, 0, bytes));
                }
                case 5 -> {
                    long v = 0;
                    for (int i = 3; i >= 0; i--) {
                        v = (v << 8) | (message[at[0] + i] & 0xFF);
                    }
                    at[0] += 4;
                    fields.add(new Field(number, v, null));
                }
                default -> throw new IllegalArgumentException("unsupported wire type " + wire);
            }
        }
        return fields;
    }

    private static long varint(byte[] bytes, int[] at) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = bytes[at[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }
}
