package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracing with an OTLP endpoint configured (a collector in the test, OTLP/HTTP): a request's trace
 * holds the server span of the request and, beneath it, a span for every PostgreSQL statement,
 * Redis call and S3 call it made; the request joins a trace its caller started (W3C traceparent);
 * and its JSON log lines carry the trace id, the correlation id and the user.
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelemetryIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LibertyServer server;
    private final S3ProxyServer s3 = new S3ProxyServer("telemetry");
    private final RedisTestServer redis = new RedisTestServer(9195);
    private OtlpReceiver collector;
    private Api owner;
    private long vehicle;

    TelemetryIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    void serverWithTracingRedisAndS3() throws Exception {
        collector = new OtlpReceiver();
        s3.start();
        redis.start();
        server.restart(Map.ofEntries(
                Map.entry("OTEL_SDK_DISABLED", "false"),
                Map.entry("OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint()),
                Map.entry("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
                Map.entry("OTEL_SERVICE_NAME", "motovaultpro"),
                Map.entry("OTEL_BSP_SCHEDULE_DELAY", "200"),
                Map.entry("MOTOVAULT_REDIS_URL", redis.url()),
                Map.entry("MOTOVAULT_DOCUMENTS_STORAGE", "s3"),
                Map.entry("MOTOVAULT_S3_ENDPOINT", s3.endpoint()),
                Map.entry("MOTOVAULT_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY),
                Map.entry("MOTOVAULT_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY),
                Map.entry("MOTOVAULT_S3_BUCKET", "motovault-telemetry")));
        owner = Api.newUser(server, "traced").withNewKey("MANAGER");
        vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    @AfterAll
    void backToTheDefaults() throws Exception {
        try {
            server.restart(Map.of());
        } finally {
            collector.close();
            s3.stop();
            redis.stop();
        }
    }

    @Test
    void aRequestsTraceHoldsItsDatabaseAndRedisCallsBeneathTheServerSpan() throws Exception {
        String trace = newId(16);
        String callerSpan = newId(8);
        Api.Reply dashboard = owner.inTrace("00-" + trace + "-" + callerSpan + "-01")
                .get("/api/v1/vehicles/" + vehicle + "/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());

        List<OtlpReceiver.ReceivedSpan> spans = collector.await(trace,
                has(s -> s.kind() == 2).and(has(s -> "postgresql".equals(s.attribute("db.system"))))
                        .and(has(s -> "redis".equals(s.attribute("db.system")))), Duration.ofSeconds(20));
        OtlpReceiver.ReceivedSpan request = spans.stream().filter(s -> s.kind() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("no server span in " + spans));
        assertEquals(callerSpan, request.parentSpanId(), "the request joined the caller's trace");
        assertEquals("motovaultpro", request.service());
        List<OtlpReceiver.ReceivedSpan> sql = spans.stream().filter(s -> "postgresql".equals(s.attribute("db.system"))).toList();
        assertFalse(sql.isEmpty(), "statements traced: " + spans);
        for (OtlpReceiver.ReceivedSpan statement : sql) {
            assertEquals(3, statement.kind(), "a client span");
            assertTrue(statement.name().matches("(SELECT|INSERT|UPDATE|DELETE|OTHER) [a-z_]+"), statement.name());
        }
        assertTrue(spans.stream().anyMatch(s -> s.name().startsWith("redis ") && s.kind() == 3), spans.toString());
        assertEveryParentInTheTrace(spans, callerSpan);
    }

    @Test
    void documentUploadsAndDownloadsTraceTheirS3CallsAndLogTheTraceId() throws Exception {
        byte[] pdf = DocumentApiIT.PDF;
        String uploadTrace = newId(16);
        Api.Reply uploaded = owner.inTrace("00-" + uploadTrace + "-" + newId(8) + "-01")
                .postMultipart("/api/v1/vehicles/" + vehicle + "/documents", Map.of(), "traced-receipt.pdf", pdf);
        assertEquals(201, uploaded.status(), uploaded.body());
        long id = uploaded.json().getJsonNumber("id").longValue();
        List<OtlpReceiver.ReceivedSpan> upload = collector.await(uploadTrace,
                has(s -> "PutObject".equals(s.attribute("rpc.method"))).and(has(s -> s.kind() == 2)), Duration.ofSeconds(20));
        assertTrue(upload.stream().anyMatch(s -> s.name().equals("S3.PutObject") && "S3".equals(s.attribute("rpc.service"))),
                upload.toString());
        assertEveryParentInTheTrace(upload, null);
        assertTrue(upload.stream().anyMatch(s -> String.valueOf(s.attribute("db.statement")).startsWith("insert into document")),
                "the row's insert is traced: " + upload);
        upload.forEach(s -> s.attributes().values().forEach(value -> assertFalse(
                value.contains("traced-receipt.pdf") || value.contains(owner.username()),
                "no value the user gave on any span: " + s)));

        String downloadTrace = newId(16);
        var download = owner.inTrace("00-" + downloadTrace + "-" + newId(8) + "-01").getBytes(
                "/api/v1/vehicles/" + vehicle + "/documents/" + id + "/content");
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        List<OtlpReceiver.ReceivedSpan> read = collector.await(downloadTrace,
                has(s -> "GetObject".equals(s.attribute("rpc.method"))).and(has(s -> s.kind() == 2)), Duration.ofSeconds(20));
        assertTrue(read.stream().anyMatch(s -> s.name().equals("S3.GetObject")), read.toString());
        assertEveryParentInTheTrace(read, null);

        JsonObject line = logLine("attached to vehicle " + vehicle, uploadTrace);
        assertEquals(uploadTrace, line.getString("ext_traceId"));
        assertEquals(uploaded.header("X-Correlation-ID"), line.getString("ext_correlationId"));
        assertEquals(owner.username(), line.getString("ext_user"));
    }

    /** Every span's parent is in the trace, except the request's own, whose parent is the caller's. */
    private static void assertEveryParentInTheTrace(List<OtlpReceiver.ReceivedSpan> spans, String callerSpan) {
        Set<String> ids = spans.stream().map(OtlpReceiver.ReceivedSpan::spanId).collect(Collectors.toSet());
        for (OtlpReceiver.ReceivedSpan span : spans) {
            if (span.kind() == 2) {
                if (callerSpan != null) {
                    assertEquals(callerSpan, span.parentSpanId());
                }
            } else {
                assertTrue(ids.contains(span.parentSpanId()), span.name() + " hangs beneath a span of its request: " + spans);
            }
        }
    }

    private static Predicate<List<OtlpReceiver.ReceivedSpan>> has(Predicate<OtlpReceiver.ReceivedSpan> span) {
        return spans -> spans.stream().anyMatch(span);
    }

    private JsonObject logLine(String containing, String trace) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            for (String raw : Files.readAllLines(server.messagesLog(), StandardCharsets.UTF_8)) {
                if (raw.contains(containing) && raw.contains(trace)) {
                    return Json.createReader(new StringReader(raw)).readObject();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no log line with '" + containing + "' and trace " + trace);
    }

    private static String newId(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        id[0] |= 1;
        return HexFormat.of().formatHex(id);
    }
}
